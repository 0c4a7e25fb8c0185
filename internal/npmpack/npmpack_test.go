package npmpack

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTarball writes a gzip-compressed tarball of headers, each regular
// file with its name as content, and returns its path.
func writeTarball(t *testing.T, headers ...tar.Header) string {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for _, h := range headers {
		body := ""
		if h.Typeflag == tar.TypeReg {
			body = h.Name
		}
		h.Size = int64(len(body))
		h.Mode = 0o644
		if err := tw.WriteHeader(&h); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "p.tgz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestUntar(t *testing.T) {
	want := map[string]bool{"package/a.txt": true}
	reg := func(name string) tar.Header { return tar.Header{Name: name, Typeflag: tar.TypeReg} }

	files, err := untar(writeTarball(t, reg("package/b.txt"), reg("package/a.txt")), want)
	if err != nil || string(files["package/a.txt"]) != "package/a.txt" || len(files) != 1 {
		t.Errorf("untar = %q, %v; want only package/a.txt with its content", files, err)
	}
	for name, tarball := range map[string]string{
		"a link":      writeTarball(t, tar.Header{Name: "package/a.txt", Typeflag: tar.TypeSymlink, Linkname: "/etc/passwd"}),
		"a directory": writeTarball(t, tar.Header{Name: "package/a.txt", Typeflag: tar.TypeDir}),
		"twice":       writeTarball(t, reg("package/a.txt"), reg("package/a.txt")),
	} {
		if _, err := untar(tarball, want); err == nil {
			t.Errorf("%s: untar accepted it", name)
		} else if !strings.Contains(err.Error(), "package/a.txt") {
			t.Errorf("%s: error %q does not name the file", name, err)
		}
	}
}
