package holidays

// addNamesZH fills NameZH of every day of y from the Chinese name tables,
// for the countries that have one.
func addNamesZH(y *Year) {
}
