// Command releasetool zips, sums and checks qd's release archives for scripts/release.sh,
// with nothing but Go (no zip or sha256sum needed on the release machine).
//
//	releasetool zip OUT.zip BASEDIR NAME   zip BASEDIR/NAME as NAME/... (fixed times, sorted)
//	releasetool sums FILE...               print SHA-256 sums as sha256sum does
//	releasetool check DIR VERSION          check the archives of VERSION in DIR and SHA256SUMS
package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"crypto/sha256"
	"debug/elf"
	"debug/macho"
	"debug/pe"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	var err error
	switch {
	case len(os.Args) == 5 && os.Args[1] == "zip":
		err = zipDir(os.Args[2], os.Args[3], os.Args[4])
	case len(os.Args) >= 3 && os.Args[1] == "sums":
		err = sums(os.Stdout, os.Args[2:])
	case len(os.Args) == 4 && os.Args[1] == "check":
		err = check(os.Args[2], os.Args[3])
	default:
		err = errors.New("usage: releasetool zip OUT.zip BASEDIR NAME | sums FILE... | check DIR VERSION")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "releasetool:", err)
		os.Exit(1)
	}
}

// zipDir writes base/name into out, entries under name/, in lexical order with a fixed time,
// executables with mode 0755.
func zipDir(out, base, name string) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw := zip.NewWriter(f)
	stamp := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	err = filepath.WalkDir(filepath.Join(base, name), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(base, path)
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		h := &zip.FileHeader{Name: filepath.ToSlash(rel), Method: zip.Deflate, Modified: stamp}
		h.SetMode(0o644)
		if info.Mode()&0o111 != 0 {
			h.SetMode(0o755)
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	})
	if err == nil {
		err = zw.Close()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func sums(w io.Writer, files []string) error {
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		s := sha256.Sum256(data)
		fmt.Fprintf(w, "%s  %s\n", hex.EncodeToString(s[:]), filepath.Base(f))
	}
	return nil
}

// check opens each archive, finds the executable and checks it is one of its platform, and
// that SHA256SUMS lists every archive with its right sum.
func check(dir, version string) error {
	want := map[string]func([]byte) error{
		"windows_amd64": func(b []byte) error {
			f, err := pe.NewFile(bytes.NewReader(b))
			if err != nil {
				return fmt.Errorf("not a PE executable: %v", err)
			}
			if f.Machine != pe.IMAGE_FILE_MACHINE_AMD64 {
				return fmt.Errorf("PE machine %#x, not amd64", f.Machine)
			}
			if f.Characteristics&pe.IMAGE_FILE_EXECUTABLE_IMAGE == 0 {
				return errors.New("PE file is not an executable image")
			}
			return nil
		},
		"darwin_arm64": func(b []byte) error {
			f, err := macho.NewFile(bytes.NewReader(b))
			if err != nil {
				return fmt.Errorf("not a Mach-O executable: %v", err)
			}
			if f.Cpu != macho.CpuArm64 || f.Type != macho.TypeExec {
				return fmt.Errorf("Mach-O cpu %v type %v, not an arm64 executable", f.Cpu, f.Type)
			}
			return nil
		},
		"linux_amd64": func(b []byte) error {
			f, err := elf.NewFile(bytes.NewReader(b))
			if err != nil {
				return fmt.Errorf("not an ELF executable: %v", err)
			}
			if f.Machine != elf.EM_X86_64 || f.Type != elf.ET_EXEC {
				return fmt.Errorf("ELF machine %v type %v, not a static amd64 executable", f.Machine, f.Type)
			}
			for _, p := range f.Progs {
				if p.Type == elf.PT_INTERP {
					return errors.New("ELF executable is dynamically linked (cgo was on)")
				}
			}
			return nil
		},
	}
	listed := map[string]string{}
	sumsFile, err := os.Open(filepath.Join(dir, "SHA256SUMS"))
	if err != nil {
		return err
	}
	defer sumsFile.Close()
	sc := bufio.NewScanner(sumsFile)
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 2 {
			listed[f[1]] = f[0]
		}
	}
	for platform, ok := range want {
		name := "qd_" + version + "_" + platform + ".zip"
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		s := sha256.Sum256(data)
		if listed[name] != hex.EncodeToString(s[:]) {
			return fmt.Errorf("%s: SHA256SUMS says %q, the file is %x", name, listed[name], s)
		}
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		exe := strings.TrimSuffix(name, ".zip") + "/qd"
		if strings.HasPrefix(platform, "windows") {
			exe += ".exe"
		}
		var found bool
		for _, f := range zr.File {
			if f.Name != exe {
				continue
			}
			rc, err := f.Open()
			if err != nil {
				return err
			}
			b, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				return err
			}
			if err := ok(b); err != nil {
				return fmt.Errorf("%s: %s: %v", name, exe, err)
			}
			found = true
			fmt.Printf("ok %s: %s (%d bytes)\n", name, exe, len(b))
		}
		if !found {
			return fmt.Errorf("%s holds no %s", name, exe)
		}
	}
	return nil
}
