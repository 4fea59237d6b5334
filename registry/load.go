package registry

import (
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// FileError is a fault in a registry file, located, in both message languages.
type FileError struct {
	File         string
	Line, Column int
	Vi, En       string
}

func (e *FileError) Error() string { return e.Message(false) }

// Message returns the error in English when en is set, in Vietnamese otherwise.
func (e *FileError) Message(en bool) string {
	msg := e.Vi
	if en {
		msg = e.En
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, msg)
}

// Parse reads a registry file: documents, bodies and units, as in templates/registry/. An
// unknown key or a malformed value is a FileError naming its position.
func Parse(name string, data []byte) (*Registry, error) {
	var n yaml.Node
	if err := yaml.Unmarshal(data, &n); err != nil {
		return nil, &FileError{File: name, Line: 1, Column: 1, Vi: "không phải YAML: " + err.Error(), En: "not YAML: " + err.Error()}
	}
	var r Registry
	if len(n.Content) == 0 {
		return &r, nil
	}
	if err := checkKeys(n.Content[0], reflect.TypeOf(r)); err != nil {
		err.File = name
		return nil, err
	}
	if err := n.Content[0].Decode(&r); err != nil {
		var fe *FileError
		if errors.As(err, &fe) {
			fe.File = name
			return nil, fe
		}
		return nil, &FileError{File: name, Line: 1, Column: 1, Vi: err.Error(), En: err.Error()}
	}
	return &r, nil
}

// checkKeys reports the first mapping key that names no field of t, or a value of the
// wrong shape, with its position.
func checkKeys(n *yaml.Node, t reflect.Type) *FileError {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct:
		if t == reflect.TypeOf(Date{}) {
			return nil
		}
		if n.Kind != yaml.MappingNode {
			return shapeErr(n, "một bảng khoá: giá trị", "a mapping")
		}
		fields := map[string]reflect.Type{}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if tag := strings.Split(f.Tag.Get("yaml"), ",")[0]; tag != "" && tag != "-" {
				fields[tag] = f.Type
			}
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			ft, ok := fields[k.Value]
			if !ok {
				names := make([]string, 0, len(fields))
				for f := range fields {
					names = append(names, f)
				}
				sort.Strings(names)
				return &FileError{Line: k.Line, Column: k.Column,
					Vi: fmt.Sprintf("không có trường %q; các trường: %s", k.Value, strings.Join(names, ", ")),
					En: fmt.Sprintf("no field %q; the fields are: %s", k.Value, strings.Join(names, ", "))}
			}
			if err := checkKeys(n.Content[i+1], ft); err != nil {
				return err
			}
		}
	case reflect.Slice:
		if n.Tag == "!!null" {
			return nil
		}
		if n.Kind != yaml.SequenceNode {
			return shapeErr(n, "một danh sách", "a list")
		}
		for _, c := range n.Content {
			if err := checkKeys(c, t.Elem()); err != nil {
				return err
			}
		}
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			return shapeErr(n, "một chuỗi", "a string")
		}
	}
	return nil
}

func shapeErr(n *yaml.Node, vi, en string) *FileError {
	return &FileError{Line: n.Line, Column: n.Column, Vi: "cần " + vi, En: "expected " + en}
}

// ParseFS reads every registry file of fsys matching pattern, in name order, into one (the
// generator of data_gen.go reads templates/registry/ so).
func ParseFS(fsys fs.FS, pattern string) (*Registry, error) {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	all := &Registry{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		r, err := Parse("templates/"+name, data)
		if err != nil {
			return nil, err
		}
		all = merge(all, r)
	}
	return all, nil
}
