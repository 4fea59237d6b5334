package server

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/internal/osfile"
)

// Every file access goes through an os.Root opened on DIR: names are relative, and a name
// or symbolic link that leads outside DIR is refused by the operating system layer itself.

// errBadPath is a request for a name that is not a decision file inside DIR.
var errBadPath = errors.New("bad path")

// cleanName checks a name sent by the browser: a relative, slash-separated path to a .yaml
// or .yml file inside DIR, without "..", hidden parts or control characters.
func cleanName(name string) (string, error) {
	if name == "" || len(name) > 255 || strings.ContainsAny(name, "\\:\x00") || strings.HasPrefix(name, "/") {
		return "", errBadPath
	}
	for _, r := range name {
		if r < 0x20 || r == 0x7f {
			return "", errBadPath
		}
	}
	for _, part := range strings.Split(name, "/") {
		if part == "" || part == "." || part == ".." || strings.HasPrefix(part, ".") {
			return "", errBadPath
		}
	}
	clean := path.Clean(name)
	if clean != name {
		return "", errBadPath
	}
	if !osfile.IsYAML(clean) {
		return "", errBadPath
	}
	return clean, nil
}

// version is the token of a file's content: a second tab or an outside edit changes it.
func version(data []byte) string {
	if data == nil {
		return ""
	}
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:12])
}

// readFile reads a decision file inside the root, bounded in size. A missing file gives
// nil data and no error.
func (s *Server) readFile(name string) ([]byte, error) {
	f, err := s.root.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, errBadPath
	}
	data, err := io.ReadAll(io.LimitReader(f, decision.MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if data == nil {
		data = []byte{}
	}
	return data, nil
}

// writeAtomic writes a file inside the root through a temporary file in the same directory
// renamed into place, so a failure leaves the old file untouched and no partial file. It
// keeps the permissions of the file it replaces.
func (s *Server) writeAtomic(name string, data []byte) (err error) {
	mode := fs.FileMode(0o644)
	if fi, err := s.root.Stat(name); err == nil {
		if !fi.Mode().IsRegular() {
			return errBadPath
		}
		mode = fi.Mode().Perm()
	}
	var rnd [6]byte
	_, _ = rand.Read(rnd[:])
	dir, base := path.Split(name)
	tmp := dir + "." + base + "." + hex.EncodeToString(rnd[:]) + ".tmp"
	f, err := s.root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			s.root.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = s.root.Chmod(tmp, mode); err != nil {
		return err
	}
	return s.root.Rename(tmp, name)
}

// maxListed bounds the files listed, and maxListDepth how deep the listing looks.
const (
	maxListed    = 500
	maxListDepth = 3
)

// listNames returns the decision files in DIR and its subfolders (not hidden ones), sorted.
func (s *Server) listNames() ([]string, error) {
	var names []string
	err := fs.WalkDir(s.root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			return nil // an unreadable folder is skipped, not fatal
		}
		if p != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if strings.Count(p, "/") >= maxListDepth {
				return fs.SkipDir
			}
			return nil
		}
		if _, err := cleanName(p); err == nil && len(names) < maxListed {
			names = append(names, p)
		}
		return nil
	})
	return names, err
}
