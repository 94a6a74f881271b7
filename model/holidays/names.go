package holidays

// nameTables translates rickar/cal holiday names, which the library gives in
// the local language for most countries and in English for a few. For the
// first, the table maps local → English (names not listed fall back to the
// English name of rickar's common aa holiday with the same rule, then to the
// local name); for the second (rickarCountry.english), English → local.
var nameTables = map[string]map[string]string{
	"AR": {
		"Aniversario paso a la inmortalidad del General José de San Martín":      "Anniversary of the Death of General San Martín",
		"Aniversario paso a la inmortalidad del General Juan Manuel Belgrano":    "Flag Day (Anniversary of the Death of General Belgrano)",
		"Aniversario paso a la inmortalidad del General Martín Miguel de Güemes": "Anniversary of the Death of General Güemes",
		"Carnaval Día 1":                                "Carnival (day 1)",
		"Carnaval Día 2":                                "Carnival (day 2)",
		"Día de la Soberanía Nacional":                  "National Sovereignty Day",
		"Día de la independencia":                       "Independence Day",
		"Día de la verdad y justicia":                   "Day of Remembrance for Truth and Justice",
		"Día de los Veteranos de la Guerra de Malvinas": "Malvinas Day",
		"Día del respeto a la diversidad cultural":      "Day of Respect for Cultural Diversity",
		"Revolución de Mayo":                            "May Revolution Day",
	},
	"AT": {"Nationalfeiertag": "National Day"},
	"BE": {"Nationale Feestdag": "National Day"},
	"BG": {
		"Бъдни вечер": "Christmas Eve", "Великден": "Orthodox Easter Sunday", "Великден 2": "Orthodox Easter Monday",
		"Велики петък": "Orthodox Good Friday", "Ден на Съединението": "Unification Day", "Ден на Независимостта на България": "Independence Day",
		"Гергьовден, Ден на храбростта и Българската армия":                                                           "St George's Day (Day of the Bulgarian Army)",
		"Ден на труда и на международната работническа солидарност":                                                   "Labour Day",
		"Ден на Освобождението на България от османско иго - национален празник":                                      "Liberation Day",
		"Ден на светите братя Кирил и Методий, на българската азбука, просвета и култура и на славянската книжовност": "Day of Slavonic Alphabet, Bulgarian Enlightenment and Culture",
	},
	"BR": {
		"Carnaval": "Carnival", "Corpus Christi": "Corpus Christi", "Dia da Consciência Negra": "Black Consciousness Day",
		"Finados": "All Souls' Day", "Independência do Brasil": "Independence Day", "Nossa Senhora Aparecida": "Our Lady of Aparecida",
		"Proclamação da República": "Republic Proclamation Day", "Tiradentes": "Tiradentes Day",
	},
	"CH": {"Berchtoldstag": "St Berchtold's Day", "Bundesfeiertag": "Swiss National Day", "Josefstag": "St Joseph's Day"},
	"CY": {
		"Αγίου Πνεύματος": "Orthodox Whit Monday", "Ανεξαρτησία της Κύπρου": "Cyprus Independence Day",
		"Δευτέρα του Πάσχα": "Orthodox Easter Monday", "Εθνική Επέτειος": "Cyprus National Day",
		"Ελληνική Επανάσταση": "Greek Independence Day", "Επέτειος του Όχι": "Ochi Day",
		"Καθαρά Δευτέρα": "Clean Monday", "Μεγάλη Παρασκευή": "Orthodox Good Friday",
	},
	"CZ": {
		"Den boje za svobodu a demokracii":               "Struggle for Freedom and Democracy Day",
		"Den osvobození":                                 "Liberation Day",
		"Den slovanských věrozvěstů Cyrila a Metoděje":   "Saints Cyril and Methodius Day",
		"Den upálení mistra Jana Husa":                   "Jan Hus Day",
		"Den vzniku samostatného československého státu": "Independent Czechoslovak State Day",
		"Den české státnosti":                            "St Wenceslas Day (Czech Statehood Day)",
		"Štědrý den":                                     "Christmas Eve",
		"Den obnovy samostatného českého státu":          "Restoration Day of the Independent Czech State",
	},
	"DE": {"Tag der Deutschen Einheit": "German Unity Day", "Heilige Drei Könige": "Epiphany", "Frauentag": "International Women's Day",
		"Reformationstag": "Reformation Day", "Buß- und Bettag": "Repentance and Prayer Day", "Weltkindertag": "World Children's Day",
		"Mariä Himmelfahrt": "Assumption Day", "Ostersonntag": "Easter Sunday", "Pfingstsonntag": "Whit Sunday", "Augsburger Friedensfest": "Augsburg Peace Festival",
		"Tag der Befreiung": "Liberation Day"},
	"DK": {"Grundlovsdag": "Constitution Day", "Store bededag": "Great Prayer Day"},
	"EE": {
		"Iseseisvuspäev": "Independence Day", "Jaanipäev": "Midsummer Day", "Jõululaupäev": "Christmas Eve",
		"Taasiseseisvumispäev": "Day of Restoration of Independence", "Võidupüha": "Victory Day",
		"Ülestõusmispühade 1. püha": "Easter Sunday", "Nelipühade 1. püha": "Whit Sunday", "Kevadpüha": "Spring Day",
	},
	"ES": {"Día de la Constitución": "Constitution Day", "Fiesta Nacional de España": "National Day of Spain"},
	"FI": {
		"Itsenäisyyspäivä": "Independence Day", "Jouluaatto": "Christmas Eve", "Juhannusaatto": "Midsummer Eve",
		"Juhannuspäivä": "Midsummer Day", "Pyhäinpäivä": "All Saints' Day", "Vappu": "May Day",
	},
	"FR": {"Fête Nationale": "Bastille Day", "Fête de la Victoire": "Victory in Europe Day", "Armistice de 1918": "Armistice Day"},
	"GR": {
		"Αγίου Πνεύματος": "Orthodox Whit Monday", "Δευτέρα του Πάσχα": "Orthodox Easter Monday",
		"Εικοστή Πέμπτη Μαρτίου": "Independence Day", "Ημέρα του Όχι": "Ochi Day", "Καθαρά Δευτέρα": "Clean Monday",
		"Μεγάλη Παρασκευή": "Orthodox Good Friday", "Σύναξις Υπεραγίας Θεοτόκου Μαρίας": "Synaxis of the Mother of God",
		// rickar names New Year's Day "Xristougenna" (Christmas); the
		// rule is 1 January, so only the name is wrong.
		"Xristougenna": "New Year's Day",
	},
	"HR": {
		"Dan antifašističke borbe": "Anti-Fascist Struggle Day", "Dan državnosti": "Statehood Day",
		"Dan pobjede i domovinske zahvalnosti":   "Victory and Homeland Thanksgiving Day",
		"Dan sjećanja na žrtve Domovinskog rata": "Remembrance Day",
	},
	"HU": {"Az államalapítás ünnepe": "State Foundation Day", "Nemzeti ünnep": "National Day"},
	"IS": {
		"Aðfangadagur": "Christmas Eve (afternoon)", "Frídagur verslunarmanna": "Commerce Day", "Gamlársdagur": "New Year's Eve (afternoon)",
		"Sumardagurinn fyrsti": "First Day of Summer", "Þjóðhátíðardagurinn": "National Day",
	},
	"IT": {"Festa della Liberazione": "Liberation Day", "Festa della Repubblica": "Republic Day"},
	"LT": {
		"Lietuvos nepriklausomybės atkūrimo diena":                                      "Day of Restoration of Independence",
		"Lietuvos valstybės atkūrimo diena":                                             "Day of Restoration of the State",
		"Mirusiųjų atminimo (Vėlinių) diena":                                            "All Souls' Day",
		"Rasos ir Joninių diena":                                                        "St John's Day (Midsummer)",
		"Valstybės (Lietuvos Karaliaus Mindaugo karūnavimo ir Tautiškos giesmės) diena": "Statehood Day",
		"Šv. Kūčios": "Christmas Eve", "Velykos": "Easter Sunday", "Motinos diena": "Mother's Day", "Tėvo diena": "Father's Day",
	},
	"LU": {"Nationalfeierdag": "National Day", "Europadag": "Europe Day"},
	"LV": {
		"Jāņu diena (vasaras saulgrieži)":                                   "Midsummer Day",
		"Latvijas Republikas Neatkarības deklarācijas pasludināšanas diena": "Restoration of Independence Day",
		"Latvijas Republikas proklamēšanas diena":                           "Proclamation Day",
		"Līgo diena": "Midsummer Eve", "Vecgada vakars": "New Year's Eve",
		"Ziemassvētku vakars (ziemas saulgrieži)": "Christmas Eve",
	},
	"MT": {
		"Jum il-Vitorja": "Victory Day", "Jum il-Ħelsien": "Freedom Day", "Jum ir-Repubblika": "Republic Day",
		"Jum l-Indipendenza": "Independence Day", "L-Imnarja": "Feast of St Peter and St Paul",
		"Nawfraġju ta' San Pawl": "Feast of St Paul's Shipwreck", "San Ġużepp": "Feast of St Joseph", "Sette Giugno": "Sette Giugno",
	},
	"NC": {"Fête Nationale": "Bastille Day", "Fête de la Victoire": "Victory in Europe Day", "Fête de la citoyenneté": "Citizenship Day", "Armistice de 1918": "Armistice Day"},
	"NL": {"Bevrijdingsdag": "Liberation Day", "Koningsdag": "King's Day"},
	"NO": {"Grunnlovsdag": "Constitution Day"},
	"PL": {
		"Wigilia Bożego Narodzenia": "Christmas Eve", "Święto Narodowe Trzeciego Maja": "Constitution Day",
		// rickar reuses its Armistice rule for 11 November; in Poland it
		// is Independence Day.
		"Narodowe Święto Niepodległości": "Independence Day", "Święto Państwowe": "Labour Day",
	},
	"PT": {
		"Dia da Liberdade": "Freedom Day", "Dia de Portugal": "Portugal Day",
		"Implantação da República": "Republic Day", "Restauração da Independência": "Restoration of Independence",
	},
	"RO": {
		"A doua zi de Anul Nou": "Day after New Year's Day", "A doua zi de Paște": "Orthodox Easter Monday",
		"Luni după Rusalii": "Orthodox Whit Monday", "Paștele": "Orthodox Easter Sunday", "Rusalii": "Orthodox Whit Sunday",
		"Sfântul Andrei": "St Andrew's Day", "Sfântul Ion": "St John the Baptist's Day", "Vinerea Mare": "Orthodox Good Friday",
		"Ziua Copilului": "Children's Day", "Ziua Națională a României": "National Day", "Ziua Unirii Principatelor Române": "Union Day",
	},
	"RS": {
		"Božić": "Orthodox Christmas", "Dan državnosti": "Statehood Day", "Drugi dan Dana državnosti": "Statehood Day (second day)",
		"Drugi dan Nove godine": "New Year (second day)", "Drugi dan Praznika rada": "Labour Day (second day)",
		"Vaskrs": "Orthodox Easter Sunday", "Vaskršnji ponedeljak": "Orthodox Easter Monday", "Veliki petak": "Orthodox Good Friday",
		"Dan primirja u Prvom svetskom ratu": "Armistice Day",
	},
	"SE": {
		"Alla helgons dag": "All Saints' Day", "Julafton": "Christmas Eve", "Midsommarafton": "Midsummer Eve",
		"Midsommardagen": "Midsummer Day", "Nyårsafton": "New Year's Eve", "Sveriges nationaldag": "National Day",
		"Påskdagen": "Easter Sunday", "Pingstdagen": "Whit Sunday",
	},
	"SI": {
		"Dan upora proti okupatorju": "Day of Uprising Against Occupation", "Prešernov dan": "Prešeren Day",
		"dan državnosti": "Statehood Day", "dan reformacije": "Reformation Day", "novo leto": "New Year",
		"praznik dela": "Labour Day", "dan samostojnosti in enotnosti": "Independence and Unity Day",
	},
	"SK": {
		"Deň boja za slobodu a demokraciu":                       "Struggle for Freedom and Democracy Day",
		"Deň víťazstva nad fašizmom":                             "Victory over Fascism Day",
		"Deň Ústavy Slovenskej republiky":                        "Constitution Day",
		"Sviatok Panny Márie Sedembolestnej, patrónky Slovenska": "Our Lady of Sorrows",
		"Sviatok svätého Cyrila a Metoda":                        "Saints Cyril and Methodius Day",
		"Výročie Slovenského národného povstania":                "Slovak National Uprising Anniversary",
		"Štedrý deň":                      "Christmas Eve",
		"Deň vzniku Slovenskej republiky": "Day of the Establishment of the Slovak Republic",
	},
	"TH": {
		"วันคล้ายวันสวรรคต พระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดชมหาราช": "King Bhumibol Memorial Day",
		"วันจักรี": "Chakri Memorial Day", "วันฉัตรมงคล": "Coronation Day", "วันปิยมหาราช": "King Chulalongkorn Memorial Day",
		"วันพ่อแห่งชาติ": "Father's Day (King Bhumibol's Birthday)", "วันมหาสงกรานต์ / วันผู้สูงอายุ": "Songkran (National Elderly Day)",
		"วันรัฐธรรมนูญ": "Constitution Day", "วันสงกรานต์": "Songkran", "วันสงกรานต์ / วันครอบครัวไทย": "Songkran (Family Day)",
		"วันสิ้นปี": "New Year's Eve", "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว": "King Vajiralongkorn's Birthday",
		"วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี": "Queen Suthida's Birthday", "วันแม่แห่งชาติ": "Mother's Day (Queen Sirikit's Birthday)",
		"วันขึ้นปีใหม่": "New Year's Day",
	},
	// English → local for countries whose rickar names are English.
	"JP": {
		// rickar's sandwiched days (国民の休日) of 2009–2032.
		"National holiday between Respect for the Aged Day and Autumnal Equinox Day":          "国民の休日",
		"National Holiday Between Showa Day And New Emperor Enthronement Day":                 "国民の休日",
		"National holiday between New Emperor Enthronement Day and Constitution Memorial Day": "国民の休日",
		"New Year's Day": "元日", "Coming of Age Day": "成人の日", "National Foundation Day": "建国記念の日", "The Emperor's Birthday": "天皇誕生日",
		"Vernal Equinox Day": "春分の日", "Showa Day": "昭和の日", "Constitution Memorial Day": "憲法記念日", "Greenery Day": "みどりの日",
		"Children's Day": "こどもの日", "Marine Day": "海の日", "Mountain Day": "山の日", "Respect for the Aged Day": "敬老の日",
		"Autumnal Equinox Day": "秋分の日", "Sports Day": "スポーツの日", "Culture Day": "文化の日", "Labor Thanksgiving Day": "勤労感謝の日",
		"New Emperor Enthronement Day": "即位の日", "The New Emperor Enthronement Ceremony": "即位礼正殿の儀の行われる日",
	},
	"MX": {
		"New Year's Day": "Año Nuevo", "Constitution Day": "Día de la Constitución", "Benito Juárez's Birthday": "Natalicio de Benito Juárez",
		"Labour Day": "Día del Trabajo", "Independence Day": "Día de la Independencia", "Revolution Day": "Día de la Revolución",
		"Christmas Day": "Navidad", "Mother's Day": "Día de las Madres",
	},
	"KE": {"New Year's Day": "Mwaka Mpya", "Labour Day": "Sikukuu ya Wafanyakazi"},
	"CA": {"Christmas Day": "Christmas Day / Noël", "Canada Day": "Canada Day / Fête du Canada"},
}
