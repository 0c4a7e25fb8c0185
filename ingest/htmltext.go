package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nodeText returns the text of an extracted HTML tree with one paragraph per
// line. go-trafilatura's own ContentText joins paragraphs with spaces, which
// would lose the paragraph boundaries that sentences, governing dates and
// multi-paragraph quotes rely on.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Br:
				b.WriteByte('\n')
				return
			}
		}
		block := n.Type == html.ElementNode && isBlock(n.DataAtom)
		if block {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte('\n')
		}
	}
	walk(n)
	return tidyLines(b.String())
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Blockquote, atom.Pre, atom.Tr, atom.Table, atom.Section,
		atom.Article, atom.Header, atom.Footer, atom.Ul, atom.Ol, atom.Dd, atom.Dt,
		atom.Figcaption, atom.Main, atom.Aside, atom.Hr:
		return true
	}
	return false
}

// tidyLines collapses runs of white space inside each line and drops empty
// lines, so that paragraphs are separated by exactly one blank line.
func tidyLines(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			out = append(out, strings.Join(f, " "))
		}
	}
	return strings.Join(out, "\n\n")
}
