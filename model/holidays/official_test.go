package holidays

import (
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/model/pdate"
)

// officialSchedules are the schedules as published, written out by hand
// from the source each line cites (not from the code), one per line:
//
//	CC[-REGION] YEAR | off MM-DD … | work MM-DD … | obs MM-DD … | count N | incomplete | src SOURCE
//
// off: the days off on Monday–Friday (weekend holidays are listed
// differently by each source, so they are not compared); work: weekend days
// made working days; obs: days of note that are no day off; count: working
// days in the year, where the source gives it; incomplete: the source
// covers the statutory days but not the whole year. "#" starts a comment.
const officialSchedules = `
# China: State Council notices (国务院办公厅关于…部分节假日安排的通知).
CN 2022 | off 01-03 01-31 02-01 02-02 02-03 02-04 04-04 04-05 05-02 05-03 05-04 06-03 09-12 10-03 10-04 10-05 10-06 10-07 | work 01-29 01-30 04-02 04-24 05-07 10-08 10-09 | src 国办发明电〔2021〕11号 (http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm)
CN 2023 | off 01-02 01-23 01-24 01-25 01-26 01-27 04-05 05-01 05-02 05-03 06-22 06-23 09-29 10-02 10-03 10-04 10-05 10-06 | work 01-28 01-29 04-23 05-06 06-25 10-07 10-08 | src 国办发明电〔2022〕16号 (http://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm)
CN 2024 | off 01-01 02-12 02-13 02-14 02-15 02-16 04-04 04-05 05-01 05-02 05-03 06-10 09-16 09-17 10-01 10-02 10-03 10-04 10-07 | work 02-04 02-18 04-07 04-28 05-11 09-14 09-29 10-12 | src 国办发明电〔2023〕7号 (https://www.gov.cn/zhengce/content/202310/content_6911527.htm)
CN 2025 | off 01-01 01-28 01-29 01-30 01-31 02-03 02-04 04-04 05-01 05-02 05-05 06-02 10-01 10-02 10-03 10-06 10-07 10-08 | work 01-26 02-08 04-27 09-28 10-11 | src 国办发〔2024〕12号 (https://www.gov.cn/zhengce/content/202411/content_6986382.htm)

# South Korea: KASI 월력요항 (https://astro.kasi.re.kr/life/pageView/5) and Ministry of the Interior
# and Safety announcements. 2026: the 2026 월력요항 (KASA, 30 Jun 2025: Seollal 16–18 Feb,
# substitutes 2 Mar, 25 May, 17 Aug, 5 Oct), the 9th local elections (3 Jun), Labour Day (1 May,
# Act 21543) and Constitution Day (17 Jul, Act 21338), confirmed by the 2027 월력요항 ("노동절·제헌절의
# 공휴일 지정('26.4.)으로 2026년 월력요항 대비 공휴일이 2일 증가"). No temporary holiday. 2027: the
# 2027 월력요항 (KASA, 29 Jun 2026): "5월 1~3일(노동절, 일요일 및 노동절 대체공휴일)", "7월 17~19일(제헌절,
# 일요일 및 제헌절 대체공휴일)".
KR 2022 | off 01-31 02-01 02-02 03-01 03-09 05-05 06-01 06-06 08-15 09-09 09-12 10-03 10-10 | obs 07-17 | src KASI 2022 월력요항; 관공서의 공휴일에 관한 규정
KR 2023 | off 01-23 01-24 03-01 05-05 05-29 06-06 08-15 09-28 09-29 10-02 10-03 10-09 12-25 | obs 07-17 | src KASI 2023 월력요항; 임시공휴일 2023-10-02 (국무회의 의결 2023-09-05)
KR 2024 | off 01-01 02-09 02-12 03-01 04-10 05-06 05-15 06-06 08-15 09-16 09-17 09-18 10-01 10-03 10-09 12-25 | obs 07-17 | src KASI 2024 월력요항; 임시공휴일 2024-10-01 (국무회의 의결 2024-09-03)
KR 2025 | off 01-01 01-27 01-28 01-29 01-30 03-03 05-05 05-06 06-03 06-06 08-15 10-03 10-06 10-07 10-08 10-09 12-25 | obs 07-17 | src KASI 2025 월력요항; 임시공휴일 2025-01-27; 제21대 대통령 선거 2025-06-03
KR 2026 | off 01-01 02-16 02-17 02-18 03-02 05-01 05-05 05-25 06-03 07-17 08-17 09-24 09-25 10-05 10-09 12-25 | src 2026 월력요항 (KASA); 공휴일에 관한 법률 (법률 제21338호, 제21543호); 관공서의 공휴일에 관한 규정 (대통령령 제36290호)
KR 2027 | off 01-01 02-08 02-09 03-01 05-03 05-05 05-13 07-19 08-16 09-14 09-15 09-16 10-04 10-11 12-27 | src 2027 월력요항 (KASA, 2026-06-29)

# Japan: Cabinet Office 「国民の祝日」について (https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html,
# syukujitsu.csv); 2027 from the 暦要項 in the Official Gazette of 2 Feb 2026 (春分 21 March, a
# Sunday, so 22 March is a holiday; 秋分 23 September).
JP 2022 | off 01-10 02-11 02-23 03-21 04-29 05-03 05-04 05-05 07-18 08-11 09-19 09-23 10-10 11-03 11-23 | src 内閣府 国民の祝日 2022
JP 2023 | off 01-02 01-09 02-23 03-21 05-03 05-04 05-05 07-17 08-11 09-18 10-09 11-03 11-23 | src 内閣府 国民の祝日 2023
JP 2024 | off 01-01 01-08 02-12 02-23 03-20 04-29 05-03 05-06 07-15 08-12 09-16 09-23 10-14 11-04 | src 内閣府 国民の祝日 2024
JP 2025 | off 01-01 01-13 02-11 02-24 03-20 04-29 05-05 05-06 07-21 08-11 09-15 09-23 10-13 11-03 11-24 | src 内閣府 国民の祝日 2025
JP 2026 | off 01-01 01-12 02-11 02-23 03-20 04-29 05-04 05-05 05-06 07-20 08-11 09-21 09-22 09-23 10-12 11-03 11-23 | src 内閣府 国民の祝日 2026 (春分 3/20, 秋分 9/23, 国民の休日 9/22)
JP 2027 | off 01-01 01-11 02-11 02-23 03-22 04-29 05-03 05-04 05-05 07-19 08-11 09-20 09-23 10-11 11-03 11-23 | src 国立天文台 令和9年暦要項 (官報 2026-02-02); 内閣府 国民の祝日 2027

# United States: OPM federal holidays (https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/),
# 5 U.S.C. 6103 (a Saturday holiday observed on Friday, a Sunday one on Monday), plus the days every
# executive department was closed by executive order.
US 2022 | off 01-17 02-21 05-30 06-20 07-04 09-05 10-10 11-11 11-24 12-26 | src OPM federal holidays 2022 (Juneteenth observed Mon 20 June, Christmas Mon 26 December)
US 2023 | off 01-02 01-16 02-20 05-29 06-19 07-04 09-04 10-09 11-10 11-23 12-25 | src OPM federal holidays 2023 (Veterans Day observed Fri 10 November)
US 2024 | off 01-01 01-15 02-19 05-27 06-19 07-04 09-02 10-14 11-11 11-28 12-24 12-25 | src OPM federal holidays 2024; executive order of 19 Dec 2024 closing executive departments on Tue 24 December
US 2025 | off 01-01 01-09 01-20 02-17 05-26 06-19 07-04 09-01 10-13 11-11 11-27 12-24 12-25 12-26 | src OPM federal holidays 2025; Executive Order 14133 (closing on 9 January, President Carter); executive order of 18 Dec 2025 (24 and 26 December)
US 2026 | off 01-01 01-19 02-16 05-25 06-19 07-03 09-07 10-12 11-11 11-26 12-25 | src OPM federal holidays 2026 (Independence Day observed Fri 3 July)
US 2027 | off 01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31 | src OPM federal holidays 2027 (Juneteenth Fri 18 June, Independence Day Mon 5 July, Christmas Fri 24 December, New Year's Day 2028 observed Fri 31 December)

# New Zealand: employment.govt.nz "Public holidays and anniversary dates" (Holidays Act 2003,
# Mondayised; Matariki and the 2022 memorial day by their Acts).
NZ 2022 | off 01-03 01-04 02-07 04-15 04-18 04-25 06-06 06-24 09-26 10-24 12-26 12-27 | src employment.govt.nz public holidays 2022 (Queen Elizabeth II Memorial Day 26 September)
NZ 2023 | off 01-02 01-03 02-06 04-07 04-10 04-25 06-05 07-14 10-23 12-25 12-26 | src employment.govt.nz public holidays 2023
NZ 2024 | off 01-01 01-02 02-06 03-29 04-01 04-25 06-03 06-28 10-28 12-25 12-26 | src employment.govt.nz public holidays 2024
NZ 2025 | off 01-01 01-02 02-06 04-18 04-21 04-25 06-02 06-20 10-27 12-25 12-26 | src employment.govt.nz public holidays 2025
NZ 2026 | off 01-01 01-02 02-06 04-03 04-06 04-27 06-01 07-10 10-26 12-25 12-28 | src employment.govt.nz public holidays 2026
NZ 2027 | off 01-01 01-04 02-08 03-26 03-29 04-26 06-07 06-25 10-25 12-27 12-28 | src employment.govt.nz public holidays 2027 (Mondayised 2 January, Waitangi, ANZAC, Christmas and Boxing Day)

# Italy: art. 2 L. 260/1949 as amended; St Francis of Assisi (4 October) a national holiday from
# 2026 (law of 1 Oct 2025), first on a weekday in 2027. No substitute days.
IT 2022 | off 01-06 04-18 04-25 06-02 08-15 11-01 12-08 12-26 | src L. 260/1949 art. 2; Easter Monday 18 April 2022
IT 2023 | off 01-06 04-10 04-25 05-01 06-02 08-15 11-01 12-08 12-25 12-26 | src L. 260/1949 art. 2; Easter Monday 10 April 2023
IT 2024 | off 01-01 04-01 04-25 05-01 08-15 11-01 12-25 12-26 | src L. 260/1949 art. 2; Easter Monday 1 April 2024
IT 2025 | off 01-01 01-06 04-21 04-25 05-01 06-02 08-15 12-08 12-25 12-26 | src L. 260/1949 art. 2; Easter Monday 21 April 2025
IT 2026 | off 01-01 01-06 04-06 05-01 06-02 12-08 12-25 | src L. 260/1949 art. 2; St Francis (Sun 4 October) from 2026
IT 2027 | off 01-01 01-06 03-29 06-02 10-04 11-01 12-08 | src Legge 2025 festa nazionale di San Francesco d'Assisi; art. 2 L. 260/1949

# France: Code du travail art. L3133-1 (service-public.fr "Jours fériés"): no substitute days;
# the Alsace-Moselle days (Good Friday, 26 December) are regional.
FR 2022 | off 04-18 05-26 06-06 07-14 08-15 11-01 11-11 | src Code du travail L3133-1; service-public.fr jours fériés 2022
FR 2023 | off 04-10 05-01 05-08 05-18 05-29 07-14 08-15 11-01 12-25 | src Code du travail L3133-1; service-public.fr jours fériés 2023
FR 2024 | off 01-01 04-01 05-01 05-08 05-09 05-20 08-15 11-01 11-11 12-25 | src Code du travail L3133-1; service-public.fr jours fériés 2024
FR 2025 | off 01-01 04-21 05-01 05-08 05-29 06-09 07-14 08-15 11-11 12-25 | src Code du travail L3133-1; service-public.fr jours fériés 2025
FR 2026 | off 01-01 04-06 05-01 05-08 05-14 05-25 07-14 11-11 12-25 | src Code du travail L3133-1; service-public.fr jours fériés 2026
FR 2027 | off 01-01 03-29 05-06 05-17 07-14 11-01 11-11 | src Code du travail L3133-1; service-public.fr jours fériés 2027

# Romania: Codul muncii art. 139 (Legea 53/2003); 6 and 7 January added by Legea nr. 52/2023
# (Monitorul Oficial nr. 186, 6 Mar 2023), first in 2024. Orthodox Easter and Pentecost; no
# substitute days.
RO 2022 | off 01-24 04-22 04-25 06-01 06-13 08-15 11-30 12-01 12-26 | src Codul muncii art. 139 (Orthodox Easter 24 April 2022)
RO 2023 | off 01-02 01-24 04-14 04-17 05-01 06-01 06-05 08-15 11-30 12-01 12-25 12-26 | src Codul muncii art. 139 (Orthodox Easter 16 April 2023)
RO 2024 | off 01-01 01-02 01-24 05-01 05-03 05-06 06-24 08-15 12-25 12-26 | src Codul muncii art. 139; Legea 52/2023 (Orthodox Easter 5 May 2024)
RO 2025 | off 01-01 01-02 01-06 01-07 01-24 04-18 04-21 05-01 06-09 08-15 12-01 12-25 12-26 | src Codul muncii art. 139; Legea 52/2023 (Orthodox Easter 20 April 2025)
RO 2026 | off 01-01 01-02 01-06 01-07 04-10 04-13 05-01 06-01 11-30 12-01 12-25 | src Codul muncii art. 139; Legea 52/2023 (Orthodox Easter 12 April, Whit Monday = Children's Day 1 June 2026)
RO 2027 | off 01-01 01-06 01-07 04-30 05-03 06-01 06-21 11-30 12-01 | src Codul muncii art. 139; Legea 52/2023 (Orthodox Easter 2 May 2027)

# Spain: the national days common to every autonomous community in the yearly resolution of the
# Dirección General de Trabajo (BOE); Sunday holidays moved by only some communities are regional.
ES 2022 | off 01-06 04-15 08-15 10-12 11-01 12-06 12-08 | src Resolución de 14 de octubre de 2021, DG de Trabajo (BOE-A-2021-17113): 8 days common to all Spain
ES 2023 | off 01-06 04-07 05-01 08-15 10-12 11-01 12-06 12-08 12-25 | src Resolución de 7 de octubre de 2022, DG de Trabajo: 9 days common to all Spain
ES 2024 | off 01-01 03-29 05-01 08-15 11-01 12-06 12-25 | src Resolución de 23 de octubre de 2023, DG de Trabajo
ES 2025 | off 01-01 01-06 04-18 05-01 08-15 12-08 12-25 | src Resolución de 15 de octubre de 2024, DG de Trabajo (BOE-A-2024-21316)
ES 2026 | off 01-01 01-06 04-03 05-01 10-12 12-08 12-25 | src Resolución de 17 de octubre de 2025, DG de Trabajo (BOE 28 Oct 2025): 9 days common to all Spain

# Germany: the national days (Neujahr, Karfreitag, Ostermontag, 1. Mai, Christi Himmelfahrt,
# Pfingstmontag, Tag der Deutschen Einheit — Einigungsvertrag art. 2(2) —, 25 and 26 December)
# in every Land's Feiertagsgesetz; the other days are the Länder's.
DE 2022 | off 04-15 04-18 05-26 06-06 10-03 12-26 | src Feiertagsgesetze der Länder; national days 2022
DE 2023 | off 04-07 04-10 05-01 05-18 05-29 10-03 12-25 12-26 | src Feiertagsgesetze der Länder; national days 2023
DE 2024 | off 01-01 03-29 04-01 05-01 05-09 05-20 10-03 12-25 12-26 | src Feiertagsgesetze der Länder; national days 2024
DE 2025 | off 01-01 04-18 04-21 05-01 05-29 06-09 10-03 12-25 12-26 | src Feiertagsgesetze der Länder; national days 2025
DE 2026 | off 01-01 04-03 04-06 05-01 05-14 05-25 12-25 | src Feiertagsgesetze der Länder; national days 2026
DE 2027 | off 01-01 03-26 03-29 05-06 05-17 | src Feiertagsgesetze der Länder; national days 2027

# Australia: the days off in every state and territory (Fair Work Ombudsman, "Public holidays"
# per year); 22 September 2022 the National Day of Mourning for Queen Elizabeth II.
AU 2022 | off 01-03 01-26 04-15 04-18 04-25 09-22 12-26 12-27 | src Fair Work Ombudsman public holidays 2022; National Day of Mourning (PM's announcement, 11 Sep 2022)
AU 2023 | off 01-02 01-26 04-07 04-10 04-25 12-25 12-26 | src Fair Work Ombudsman public holidays 2023
AU 2024 | off 01-01 01-26 03-29 04-01 04-25 12-25 12-26 | src Fair Work Ombudsman public holidays 2024
AU 2025 | off 01-01 01-27 04-18 04-21 04-25 12-25 12-26 | src Fair Work Ombudsman public holidays 2025 (Australia Day observed Mon 27 January)
AU 2026 | off 01-01 01-26 04-03 04-06 12-25 12-28 | src Fair Work Ombudsman public holidays 2026 (ANZAC Day on a Saturday: a Monday only in some states)
AU 2027 | off 01-01 01-26 03-26 03-29 12-27 12-28 | src Fair Work Ombudsman public holidays 2027

# United Kingdom: https://www.gov.uk/bank-holidays (England and Wales, Scotland, Northern Ireland).
GB 2022 | off 01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27 | src gov.uk bank holidays, England and Wales 2022
GB 2023 | off 01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26 | src gov.uk bank holidays, England and Wales 2023
GB 2024 | off 01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26 | src gov.uk bank holidays, England and Wales 2024
GB 2025 | off 01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26 | src gov.uk bank holidays, England and Wales 2025
GB-SCT 2022 | off 01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27 | src gov.uk bank holidays, Scotland 2022
GB-SCT 2024 | off 01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26 | src gov.uk bank holidays, Scotland 2024
GB-SCT 2026 | off 01-01 01-02 04-03 05-04 05-25 06-15 08-03 11-30 12-25 12-28 | src gov.uk bank holidays, Scotland 2026; Royal Proclamation of 4 Feb 2026 (15 June)
GB 2026 | off 01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28 | src gov.uk bank holidays, England and Wales 2026
GB-SCT 2023 | off 01-02 01-03 04-07 05-01 05-08 05-29 08-07 11-30 12-25 12-26 | src gov.uk bank holidays, Scotland 2023 (coronation 8 May)
GB-NIR 2024 | off 01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26 | src gov.uk bank holidays, Northern Ireland 2024
GB 2027 | off 01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28 | src gov.uk bank holidays, England and Wales 2027
GB-SCT 2025 | off 01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26 | src gov.uk bank holidays, Scotland 2025 (St Andrew's Day substitute Mon 1 December)
GB-SCT 2027 | off 01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28 | src gov.uk bank holidays, Scotland 2027 (2 January substitute Mon 4 January)
GB-NIR 2022 | off 01-03 03-17 04-15 04-18 05-02 06-02 06-03 07-12 08-29 09-19 12-26 12-27 | src gov.uk bank holidays, Northern Ireland 2022
GB-NIR 2023 | off 01-02 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-28 12-25 12-26 | src gov.uk bank holidays, Northern Ireland 2023
GB-NIR 2025 | off 01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26 | src gov.uk bank holidays, Northern Ireland 2025 (Battle of the Boyne substitute Mon 14 July)
GB-NIR 2026 | off 01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28 | src gov.uk bank holidays, Northern Ireland 2026
GB-NIR 2027 | off 01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28 | src gov.uk bank holidays, Northern Ireland 2027

# Ukraine: Labour Code art. 73 (as amended in 2023 by Laws No. 3107-IX and 3248-IX); under martial
# law (Law No. 2136-IX, from 24 Feb 2022) the holidays are working days, listed as observances.
UA 2022 | off 01-03 01-07 | obs 03-08 04-24 05-01 05-09 06-12 06-28 08-24 10-14 12-25 | src Labour Code art. 73, art. 67 (1 January substitute Mon 3 January); Law No. 2136-IX from 24 February
UA 2023 | off | obs 01-01 01-07 03-08 04-16 05-01 05-09 06-04 06-28 08-24 10-01 12-25 | src Labour Code art. 73 as in force on each date; Law No. 2136-IX; Law No. 3248-IX (Defenders' Day 1 October)
UA 2024 | off | obs 01-01 03-08 05-01 05-05 05-08 06-23 06-28 07-15 08-24 10-01 12-25 | src Labour Code art. 73 as amended 2023; Law No. 2136-IX
UA 2025 | off | obs 01-01 03-08 04-20 05-01 05-08 06-08 06-28 07-15 08-24 10-01 12-25 | src Labour Code art. 73 as amended 2023; Law No. 2136-IX (Orthodox Easter 20 April, Trinity 8 June)
UA 2026 | off | obs 01-01 03-08 04-12 05-01 05-08 05-31 06-28 07-15 08-24 10-01 12-25 | src Labour Code art. 73 as amended 2023; Law No. 2136-IX (Orthodox Easter 12 April, Trinity 31 May)
UA 2027 | off | obs 01-01 03-08 05-01 05-02 05-08 06-20 06-28 07-15 08-24 10-01 12-25 | src Labour Code art. 73 as amended 2023; Law No. 2136-IX (Orthodox Easter 2 May, Trinity 20 June)

# Russia: Labour Code art. 112 and government resolutions.
RU 2022 | off 01-03 01-04 01-05 01-06 01-07 02-23 03-07 03-08 05-02 05-03 05-09 05-10 06-13 11-04 | work 03-05 | count 247 | src Постановление Правительства РФ от 16.09.2021 № 1564
RU 2023 | off 01-02 01-03 01-04 01-05 01-06 02-23 02-24 03-08 05-01 05-08 05-09 06-12 11-06 | count 247 | src Постановление Правительства РФ от 29.08.2022 № 1505
RU 2024 | off 01-01 01-02 01-03 01-04 01-05 01-08 02-23 03-08 04-29 04-30 05-01 05-09 05-10 06-12 11-04 12-30 12-31 | work 04-27 11-02 12-28 | count 248 | src Постановление Правительства РФ от 10.08.2023 № 1314
RU 2025 | off 01-01 01-02 01-03 01-06 01-07 01-08 05-01 05-02 05-08 05-09 06-12 06-13 11-03 11-04 12-31 | work 11-01 | count 247 | src Постановление Правительства РФ от 04.10.2024 № 1335
RU 2026 | off 01-01 01-02 01-05 01-06 01-07 01-08 01-09 02-23 03-09 05-01 05-11 06-12 11-04 12-31 | src Постановление Правительства РФ от 24.09.2025 (3 и 4 января перенесены на 9 января и 31 декабря)

# Belarus: Decree No. 157 and Council of Ministers resolutions (pravo.by).
BY 2022 | off 01-07 03-07 03-08 05-02 05-03 05-09 11-07 | work 03-12 05-14 | src Постановление Совета Министров РБ от 11.10.2021 № 572
BY 2023 | off 01-02 03-08 04-24 04-25 05-01 05-08 05-09 07-03 11-06 11-07 12-25 | work 04-29 05-13 11-11 | src Постановление Совета Министров РБ от 01.11.2022 № 739
BY 2024 | off 01-01 01-02 03-08 05-01 05-09 05-13 05-14 07-03 11-07 11-08 12-25 | work 05-18 11-16 | src Постановление Совета Министров РБ от 23.11.2023 № 814
BY 2025 | off 01-01 01-02 01-06 01-07 04-28 04-29 05-01 05-09 07-03 07-04 11-07 12-25 12-26 | work 01-11 04-26 07-12 12-20 | src Постановление Совета Министров РБ от 14.11.2024 № 839
BY 2026 | off 01-01 01-02 01-07 04-20 04-21 05-01 07-03 12-25 | work 04-25 | src Постановление Совета Министров РБ от 22.07.2025 № 397
`

// officialCase is one line of officialSchedules.
type officialCase struct {
	country, region, source    string
	year, workdayCount         int
	offWeekdays, workdays, obs string
	incomplete                 bool
}

func parseOfficial(t *testing.T) []officialCase {
	t.Helper()
	var out []officialCase
	for _, line := range strings.Split(officialSchedules, "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, " | ")
		head := strings.Fields(parts[0])
		year, err := strconv.Atoi(head[1])
		if err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		c := officialCase{country: head[0][:2], year: year}
		if len(head[0]) > 2 {
			c.region = head[0]
		}
		for _, p := range parts[1:] {
			key, val, _ := strings.Cut(p, " ")
			switch key {
			case "off":
				c.offWeekdays = val
			case "work":
				c.workdays = val
			case "obs":
				c.obs = val
			case "src":
				c.source = val
			case "incomplete":
				c.incomplete = true
			case "count":
				c.workdayCount, err = strconv.Atoi(val)
			default:
				t.Fatalf("%q: unknown field %q", line, key)
			}
		}
		if err != nil || c.source == "" {
			t.Fatalf("%q: bad count or no source (%v)", line, err)
		}
		out = append(out, c)
	}
	return out
}

func TestOfficialSchedules(t *testing.T) {
	t.Parallel()
	s := New()
	for _, c := range parseOfficial(t) {
		t.Run(c.country+c.region+"/"+strconv.Itoa(c.year), func(t *testing.T) {
			t.Parallel()
			c.check(t, s)
		})
	}
}

// check compares the service's year with the published schedule.
func (c officialCase) check(t *testing.T, s *Service) {
	y, err := s.Year(c.country, c.region, c.year)
	if err != nil {
		t.Fatal(err)
	}
	if y.Complete == c.incomplete {
		t.Errorf("Complete = %v, want %v (source %s)", y.Complete, !c.incomplete, c.source)
	}
	var off, work, obs []string
	for _, d := range y.Days {
		weekend := isSatSun(d.Date)
		switch {
		case d.Kind == KindObservance:
			obs = append(obs, d.Date.String()[5:])
			if !weekend && !s.IsWorkday(c.country, c.region, d.Date) {
				t.Errorf("observance %s is not a working day", d.Date)
			}
		case d.Kind == KindWorkday:
			work = append(work, d.Date.String()[5:])
			if !weekend {
				t.Errorf("workday item %s is a %s", d.Date, d.Date.Weekday())
			}
		case !weekend:
			off = append(off, d.Date.String()[5:])
		}
	}
	for _, f := range []struct{ what, got, want string }{
		{"weekday days off", strings.Join(off, " "), c.offWeekdays},
		{"make-up workdays", strings.Join(work, " "), c.workdays},
		{"observances", strings.Join(obs, " "), c.obs},
	} {
		if f.got != f.want {
			t.Errorf("%s (%s)\n got %s\nwant %s", f.what, c.source, f.got, f.want)
		}
	}
	for _, w := range strings.Fields(c.workdays) {
		d := pdate.MustParse(strconv.Itoa(c.year) + "-" + w)
		if !s.IsWorkday(c.country, c.region, d) {
			t.Errorf("IsWorkday(%s) = false for a make-up workday", d)
		}
	}
	if c.workdayCount > 0 {
		n := 0
		for d := (pdate.Date{Y: c.year, M: 1, D: 1}); d.Y == c.year; d = d.AddDays(1) {
			if s.IsWorkday(c.country, c.region, d) {
				n++
			}
		}
		if n != c.workdayCount {
			t.Errorf("working days = %d, want %d (%s)", n, c.workdayCount, c.source)
		}
	}
	if !sort.SliceIsSorted(y.Days, func(i, j int) bool { return y.Days[i].Date.Before(y.Days[j].Date) }) {
		t.Error("days not sorted")
	}
}

// Every year a rickar/cal country counts as checked (complete) has its
// published schedule above, and every other year of those countries says
// it was not checked.
func TestCheckedYearsHaveSchedules(t *testing.T) {
	t.Parallel()
	held := map[yearKey]bool{}
	for _, c := range parseOfficial(t) {
		held[yearKey{c.country, c.region, c.year}] = true
	}
	s := New()
	for country, sets := range checkedYears {
		for region, years := range sets {
			for _, y := range years {
				if !held[yearKey{country, region, y}] {
					t.Errorf("%s %q %d is checked but has no official schedule in officialSchedules", country, region, y)
				}
			}
		}
	}
	for _, c := range []struct {
		country, region string
		year            int
	}{{"ES", "", 2027}, {"FR", "", 2021}, {"CA", "", 2024}, {"DE", "DE-BY", 2024}, {"GB", "GB-NIR", 2021}} {
		y, err := s.Year(c.country, c.region, c.year)
		if err != nil || y.Complete || !strings.Contains(y.Note, uncheckedNote) || y.NoteZH == "" {
			t.Errorf("%s %s %d: complete %v, note %q / %q (%v); want the unchecked note", c.country, c.region, c.year, y.Complete, y.Note, y.NoteZH, err)
		}
	}
}

// Weekday days off the US federal schedule gained by executive order
// (5 U.S.C. 6103(b)), each from its order; rickar/cal lacks them.
func TestUSExecutiveOrderClosings(t *testing.T) {
	t.Parallel()
	s := New()
	for _, day := range []string{"2024-12-24", "2025-01-09", "2025-12-24", "2025-12-26"} {
		if s.IsWorkday("US", "", d(day)) {
			t.Errorf("US %s is a working day; federal offices were closed by executive order", day)
		}
	}
	if !s.IsWorkday("US", "", d("2026-12-24")) {
		t.Error("US 2026-12-24: no executive order is recorded")
	}
}
