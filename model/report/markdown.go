package report

import (
	"bufio"
	"io"
	"strings"
)

// mdCell escapes a table cell: pipes, line breaks.
var mdCell = strings.NewReplacer("|", `\|`, "\r\n", " ", "\n", " ", "\r", " ")

// WriteMarkdown writes r as CommonMark with GitHub-style tables.
func WriteMarkdown(w io.Writer, r *Report) error {
	b := bufio.NewWriter(w)
	zh, en := r.Title()
	b.WriteString("# " + zh + "\n\n" + en + "\n")
	for _, s := range r.layout() {
		b.WriteString("\n## " + s.ZH + " / " + s.EN + "\n")
		for _, bl := range s.Blocks {
			if bl.ZH != "" {
				b.WriteString("\n### " + bl.ZH + " / " + bl.EN + "\n")
			}
			for _, p := range bl.Text {
				b.WriteString("\n" + p + "\n")
			}
			if t := bl.Table; t != nil {
				b.WriteString("\n|")
				for _, h := range t.Head {
					b.WriteString(" " + mdCell.Replace(h) + " |")
				}
				b.WriteString("\n|")
				for i := range t.Head {
					if t.Num[i] {
						b.WriteString("---:|")
					} else {
						b.WriteString("---|")
					}
				}
				b.WriteString("\n")
				for r, row := range t.Rows {
					b.WriteString("|")
					for _, c := range row {
						c = mdCell.Replace(c)
						switch {
						case c == "":
						case t.Strike[r]:
							c = "~~" + c + "~~"
						case t.Mark[r]:
							c = "**" + c + "**"
						}
						b.WriteString(" " + c + " |")
					}
					b.WriteString("\n")
				}
			}
		}
	}
	return b.Flush()
}
