// Package link scores incident linking against ECB+ (Cybulska and Vossen,
// 2014): each ECB+ topic holds two seminal incidents, one reported by its
// "ecb" files and one by its "ecbplus" files, so the gold clustering of
// documents by incident is known. Predicted clusters come from linking the
// documents' events; the scores are B³, MUC, CEAF-e and their mean, the
// CoNLL F1.
package link

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// A Doc is one ECB+ document as plain text, with its gold incident.
type Doc struct {
	Topic    int
	Name     string // file name, "1_10ecbplus.xml"
	Text     string // tokens joined by spaces, one sentence per line
	Incident string // gold: "1/ecb" or "1/ecbplus"
}

// ReadDir reads the ECB+ layout: DIR/<topic>/<topic>_<n>ecb.xml and
// ..._<n>ecbplus.xml. Topics outside [minTopic, maxTopic] are skipped (0
// means no bound). Documents come sorted by topic, then file name.
func ReadDir(dir string, minTopic, maxTopic int) ([]Doc, error) {
	topics, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var docs []Doc
	for _, t := range topics {
		topic, err := strconv.Atoi(t.Name())
		if err != nil || !t.IsDir() || minTopic > 0 && topic < minTopic || maxTopic > 0 && topic > maxTopic {
			continue
		}
		files, err := filepath.Glob(filepath.Join(dir, t.Name(), "*.xml"))
		if err != nil {
			return nil, err
		}
		for _, path := range files {
			name := filepath.Base(path)
			kind := "ecb"
			if strings.HasSuffix(name, "ecbplus.xml") {
				kind = "ecbplus"
			} else if !strings.HasSuffix(name, "ecb.xml") {
				continue
			}
			f, err := os.Open(path)
			if err != nil {
				return nil, err
			}
			text, err := ReadText(f, kind == "ecbplus")
			f.Close()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			docs = append(docs, Doc{Topic: topic, Name: name, Text: text, Incident: fmt.Sprintf("%d/%s", topic, kind)})
		}
	}
	sort.Slice(docs, func(i, j int) bool {
		if docs[i].Topic != docs[j].Topic {
			return docs[i].Topic < docs[j].Topic
		}
		return docs[i].Name < docs[j].Name
	})
	return docs, nil
}

// ReadText returns the text of an ECB+ XML document: its tokens joined by
// spaces, one sentence per line. skipURL drops sentence 0, which in the
// ecbplus files is the URL the text was found at.
func ReadText(r io.Reader, skipURL bool) (string, error) {
	dec := xml.NewDecoder(r)
	var (
		b        strings.Builder
		sentence = -1
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
		start, ok := tok.(xml.StartElement)
		if !ok || start.Name.Local != "token" {
			continue
		}
		s := -1
		for _, a := range start.Attr {
			if a.Name.Local == "sentence" {
				s, _ = strconv.Atoi(a.Value)
			}
		}
		var word string
		if err := dec.DecodeElement(&word, &start); err != nil {
			return "", err
		}
		if skipURL && s == 0 {
			continue
		}
		switch {
		case b.Len() == 0:
		case s != sentence:
			b.WriteByte('\n')
		default:
			b.WriteByte(' ')
		}
		sentence = s
		b.WriteString(word)
	}
	return b.String(), nil
}

// Scores are clustering scores; each F1 is in [0, 1].
type Scores struct {
	B3P, B3R, B3F1       float64
	MUCP, MUCR, MUCF1    float64
	CEAFP, CEAFR, CEAFF1 float64
	CoNLLF1              float64 // mean of the MUC, B³ and CEAF-e F1
	N                    int     // items scored
}

// Score compares a predicted clustering with the gold one. Both map each
// item to a cluster label; items missing from pred are singletons.
func Score(gold, pred map[string]string) Scores {
	items := make([]string, 0, len(gold))
	for it := range gold {
		items = append(items, it)
	}
	sort.Strings(items)
	p := make(map[string]string, len(items))
	for _, it := range items {
		if c, ok := pred[it]; ok {
			p[it] = "p:" + c
		} else {
			p[it] = "singleton:" + it
		}
	}
	g := clusters(items, gold)
	pc := clusters(items, p)
	var s Scores
	s.N = len(items)
	s.B3P, s.B3R = b3(items, p, gold, pc, g), b3(items, gold, p, g, pc)
	s.B3F1 = f1(s.B3P, s.B3R)
	s.MUCR, s.MUCP = muc(g, p), muc(pc, gold)
	s.MUCF1 = f1(s.MUCP, s.MUCR)
	s.CEAFP, s.CEAFR = ceafe(g, pc)
	s.CEAFF1 = f1(s.CEAFP, s.CEAFR)
	s.CoNLLF1 = (s.B3F1 + s.MUCF1 + s.CEAFF1) / 3
	return s
}

// clusters groups items by label, each cluster a sorted list of items,
// the clusters in order of their first item.
func clusters(items []string, label map[string]string) [][]string {
	index := map[string]int{}
	var out [][]string
	for _, it := range items {
		l := label[it]
		i, ok := index[l]
		if !ok {
			i = len(out)
			index[l] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], it)
	}
	return out
}

// b3 is B³ precision of clustering a against b: the mean over items of the
// share of the item's a-cluster that is in its b-cluster.
func b3(items []string, a, b map[string]string, ac, bc [][]string) float64 {
	size := func(cs [][]string, label map[string]string) map[string]int {
		n := map[string]int{}
		for _, c := range cs {
			n[label[c[0]]] = len(c)
		}
		return n
	}
	aSize := size(ac, a)
	both := map[[2]string]int{}
	for _, it := range items {
		both[[2]string{a[it], b[it]}]++
	}
	if len(items) == 0 {
		return 0
	}
	sum := 0.0
	for _, it := range items {
		sum += float64(both[[2]string{a[it], b[it]}]) / float64(aSize[a[it]])
	}
	return sum / float64(len(items))
}

// muc is MUC recall of key clusters against a response labelling (swap the
// arguments for precision): links kept over links needed.
func muc(key [][]string, response map[string]string) float64 {
	num, den := 0, 0
	for _, c := range key {
		parts := map[string]bool{}
		for _, it := range c {
			parts[response[it]] = true
		}
		num += len(c) - len(parts)
		den += len(c) - 1
	}
	if den == 0 {
		return 0
	}
	return float64(num) / float64(den)
}

// ceafe is entity-based CEAF: the best one-to-one alignment of gold and
// predicted clusters under φ4(g, p) = 2|g∩p| / (|g|+|p|).
func ceafe(gold, pred [][]string) (precision, recall float64) {
	if len(gold) == 0 || len(pred) == 0 {
		return 0, 0
	}
	where := map[string]int{}
	for j, c := range pred {
		for _, it := range c {
			where[it] = j
		}
	}
	// Cost matrix rows are the smaller side, for the Hungarian method.
	rows, cols := gold, pred
	swapped := len(gold) > len(pred)
	if swapped {
		rows, cols = pred, gold
		where = map[string]int{}
		for j, c := range gold {
			for _, it := range c {
				where[it] = j
			}
		}
	}
	cost := make([][]float64, len(rows))
	for i, r := range rows {
		cost[i] = make([]float64, len(cols))
		overlap := map[int]int{}
		for _, it := range r {
			overlap[where[it]]++
		}
		for j, n := range overlap {
			cost[i][j] = -2 * float64(n) / float64(len(r)+len(cols[j]))
		}
	}
	total := 0.0
	for i, j := range hungarian(cost) {
		total -= cost[i][j]
	}
	return total / float64(len(pred)), total / float64(len(gold))
}

// hungarian returns, for an n×m cost matrix with n ≤ m, the column assigned
// to each row in an assignment of least total cost.
func hungarian(cost [][]float64) []int {
	n := len(cost)
	m := len(cost[0])
	u, v := make([]float64, n+1), make([]float64, m+1)
	p, way := make([]int, m+1), make([]int, m+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, m+1)
		used := make([]bool, m+1)
		for j := range minv {
			minv[j] = math.Inf(1)
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], math.Inf(1), 0
			for j := 1; j <= m; j++ {
				if used[j] {
					continue
				}
				cur := cost[i0-1][j-1] - u[i0] - v[j]
				if cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= m; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	assign := make([]int, n)
	for j := 1; j <= m; j++ {
		if p[j] > 0 {
			assign[p[j]-1] = j - 1
		}
	}
	return assign
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// DocumentClusters assigns each document to one incident: of the incidents
// its events were linked to, the one with the most reports (the lowest ID
// on a tie), as the incident the article is mainly about. Documents with no
// linked event are absent, and so score as singletons.
func DocumentClusters(incidents []*sitrep.Incident) map[string]int64 {
	size := map[int64]int{}
	byDoc := map[string][]int64{}
	for _, inc := range incidents {
		size[inc.ID] = len(inc.Reports)
		for _, r := range inc.Reports {
			byDoc[r.Document] = append(byDoc[r.Document], inc.ID)
		}
	}
	out := make(map[string]int64, len(byDoc))
	for doc, ids := range byDoc {
		best := ids[0]
		for _, id := range ids[1:] {
			if size[id] > size[best] || size[id] == size[best] && id < best {
				best = id
			}
		}
		out[doc] = best
	}
	return out
}
