package report

import (
	"html/template"
	"io"
	"strings"
)

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"isNum": func(t *table, i int) bool { return t.Num[i] },
	"bar": func(t *table, row int) int {
		if t.Bar == nil || row >= len(t.Bar) {
			return -1
		}
		return t.Bar[row]
	},
	"rowClass": func(t *table, row int) string {
		var c []string
		if t.Mark[row] {
			c = append(c, "mark")
		}
		if t.Strike[row] {
			c = append(c, "cancelled")
		}
		return strings.Join(c, " ")
	},
}).Parse(`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.TitleZH}} · {{.TitleEN}}</title>
<style>
@page { size: A4 portrait; margin: 16mm 14mm 18mm; }
html { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 10.5pt; color: #111; }
body { max-width: 182mm; margin: 0 auto; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h1 .en, h2 .en, h3 .en { display: block; font-weight: normal; color: #444; font-size: 0.8em; }
h2 { font-size: 13.5pt; border-bottom: 1.5pt solid #8b1a1a; padding-bottom: 1mm; margin: 0 0 3mm; }
h3 { font-size: 11pt; margin: 4mm 0 2mm; }
section { break-before: page; page-break-before: always; }
section:first-of-type { break-before: auto; page-break-before: auto; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #999; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
th { background: #f1ece4; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.mark td { background: #fff4d6; }
tr.cancelled td { text-decoration: line-through; color: #777; }
.bar { display: inline-block; width: 22mm; height: 3mm; border: 0.5pt solid #555; vertical-align: middle; margin-right: 1.5mm; }
.bar span { display: block; height: 100%; background: #2e6b3a; }
p { margin: 1mm 0; }
@media screen { body { padding: 8mm; } section { border-top: 1px dashed #bbb; margin-top: 10mm; padding-top: 6mm; } section:first-of-type { border: 0; } }
@media print { a { color: inherit; text-decoration: none; } }
</style>
</head>
<body>
<h1>{{.TitleZH}}<span class="en" lang="en">{{.TitleEN}}</span></h1>
{{range .Sections}}<section>
<h2>{{.ZH}}<span class="en" lang="en">{{.EN}}</span></h2>
{{range .Blocks}}{{if .ZH}}<h3>{{.ZH}}<span class="en" lang="en">{{.EN}}</span></h3>
{{end}}{{range .Text}}<p>{{.}}</p>
{{end}}{{with .Table}}{{$t := .}}<table>
<thead><tr>{{range $i, $h := .Head}}<th scope="col"{{if isNum $t $i}} class="num"{{end}}>{{$h}}</th>{{end}}</tr></thead>
<tbody>
{{range $r, $row := .Rows}}<tr{{with rowClass $t $r}} class="{{.}}"{{end}}>{{range $i, $c := $row}}<td{{if isNum $t $i}} class="num"{{end}}>{{if and (eq $i 4) (ge (bar $t $r) 0)}}<span class="bar" role="img" aria-label="{{$c}}"><span style="width: {{bar $t $r}}%"></span></span>{{end}}{{$c}}</td>{{end}}</tr>
{{end}}</tbody>
</table>
{{end}}{{end}}</section>
{{end}}</body>
</html>
`))

// WriteHTML writes r as one printable HTML page: A4, each section on a
// page of its own, table headers repeated across pages.
func WriteHTML(w io.Writer, r *Report) error {
	zh, en := r.Title()
	return htmlTemplate.Execute(w, struct {
		TitleZH, TitleEN string
		Sections         []section
	}{zh, en, r.layout()})
}
