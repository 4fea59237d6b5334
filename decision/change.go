package decision

import (
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vanthu-vn/qd/textnorm"
)

// ChangeOptions are the facts of a change-members decision that neither version of the
// committee holds.
type ChangeOptions struct {
	Date   Date   // the new decision's date; zero leaves it to the clerk
	Number string // its number, once issued
}

// ChangeHeader is the comment a change-members decision's YAML opens with, written from
// the files of old (the standing decision) and edited; qd change and qd serve both use it.
func ChangeHeader(n *Decision, old, edited string) string {
	return "Quyết định thay đổi thành viên " + n.Committee.Name + ".\nSoạn bằng qd change từ " + filepath.Base(old) + " và " + filepath.Base(edited) +
		"; điền các chỗ [[...]] (quyết định đã cử người bị thay: appointed_by, lý do: reason) và xem lại trước khi trình ký."
}

// ChangeMembers writes the change-members decision (kind thay_doi_thanh_vien) that turns the
// committee of old, the standing decision, into the committee of edited, the clerk's edited
// copy of it: each member change Diff finds becomes one change of Điều 1 (a new person in a
// post replaces the one the old decision named, a new post is added, a post that is gone
// leaves, a role changes). The other differences Diff finds (duties, seals, bases...) cannot
// be said by such a decision: they are returned as notes for the clerk, who then writes a
// kiện toàn decision instead if they matter.
func ChangeMembers(old, edited *Decision, o ChangeOptions) (*Decision, []DiffItem, error) {
	for _, d := range []*Decision{old, edited} {
		if d.Kind == KindQuyChe || d.Kind == KindThayDoi || len(d.Members) == 0 {
			return nil, nil, refuse("%s không phải quyết định nêu đủ thành viên Ban Chỉ đạo", "%s is not a decision listing a committee's members", d.File)
		}
	}
	if !textnorm.Equal(old.Committee.Name, edited.Committee.Name) {
		return nil, nil, refuse("tên Ban Chỉ đạo đã đổi (%s thành %s): đó là quyết định kiện toàn và đổi tên (qd rename), không phải thay đổi thành viên",
			"the committee's name changed (%s to %s): that is a kiện toàn và đổi tên decision (qd rename), not a change of members", old.Committee.Name, edited.Committee.Name)
	}
	if o.Date.Known() && !old.Date.Before(o.Date) {
		return nil, nil, refuse("--date %s không sau ngày của quyết định cũ (%s)", "--date %s is not after the old decision's date (%s)", o.Date, old.Date)
	}
	oldByKey := map[string]int{}
	for i, m := range old.Members {
		oldByKey[memberKey(m)] = i
	}
	var changes []MemberChange
	var notes []DiffItem
	done := map[int]bool{} // members of edited already turned into a change
	for _, it := range Diff(old, edited) {
		i, sub, ok := memberIndex(it.Field)
		if !ok {
			if it.Field != "kind" {
				notes = append(notes, it)
			}
			continue
		}
		switch {
		case it.Kind == "removed":
			m := old.Members[i]
			changes = append(changes, MemberChange{Action: ChangeRemove, Old: &m})
		case it.Kind == "added":
			m := edited.Members[i]
			changes = append(changes, MemberChange{Action: ChangeAdd, Member: &m})
		case done[i]:
		case sub == "name" || sub == "role":
			m := edited.Members[i]
			prev := old.Members[oldByKey[memberKey(m)]]
			done[i] = true
			if prev.Name != m.Name {
				changes = append(changes, MemberChange{Action: ChangeReplace, Member: &m, Old: &prev})
			} else {
				changes = append(changes, MemberChange{Action: ChangeRole, Member: &m, Old: &prev})
			}
		default:
			notes = append(notes, it) // the same member described differently (portfolio, invitation)
		}
	}
	if len(changes) == 0 {
		return nil, notes, refuse("không có thay đổi thành viên nào giữa hai tệp", "the two files differ in no member")
	}
	sep := "/"
	if old.Party() {
		sep = "-" // 1407-QĐ/TU (Hướng dẫn 36-HD/VPTW)
	}
	amended := DocRef{Number: "[[số]]" + sep + old.Symbol, Date: Date{Day: PlaceholderDay}, Issuer: old.Issuer.Short,
		Title: textnorm.LowerFirst(old.TitleText())}
	if old.Number != "" {
		amended.Number = old.FullNumber()
	}
	if old.Date.Complete() {
		amended.Date = old.Date
	}
	if amended.Issuer == "" {
		amended.Issuer = "[[người ban hành]]"
	}
	d := &Decision{
		Kind: KindThayDoi, Number: o.Number, Symbol: edited.Symbol, Date: o.Date, Place: edited.Place,
		Issuer: edited.Issuer, Signer: edited.Signer,
		Committee: Committee{Name: edited.Committee.Name, ShortName: edited.Committee.ShortName, Titles: edited.Committee.Titles,
			Establishment: &amended},
		Proposal:  edited.Proposal,
		Changes:   changes,
		Current:   old.Members,
		Execution: edited.Execution,
	}
	// The bases of the edited decision, and the amended decision itself, as change-members
	// decisions cite it ("Căn cứ Quyết định số ... về việc kiện toàn ...").
	d.Bases = append(d.Bases, edited.Bases...)
	cited := false
	for _, b := range d.Bases {
		cited = cited || b.Number == amended.Number
	}
	if !cited {
		d.Bases = append(d.Bases, Basis{Type: "Quyết định", Number: amended.Number, Date: amended.Date, Issuer: amended.Issuer, Title: amended.Title})
	}
	d.Recipients = append([]string(nil), edited.Recipients...)
	for i, r := range d.Recipients {
		if _, _, ok := nhuDieu(r); ok {
			d.Recipients[i] = "Như Điều " + strconv.Itoa(d.ExecutionArticle())
		}
	}
	// A person replaced or leaving was appointed by the old decision: its members are kept
	// for the change-member rule; the decision that appointed someone later is the clerk's to
	// add (appointed_by).
	return d, notes, nil
}

// memberIndex reads "members[3]" or "members[3].role" as 3 and "role".
func memberIndex(field string) (int, string, bool) {
	rest, ok := strings.CutPrefix(field, "members[")
	if !ok {
		return 0, "", false
	}
	j := strings.IndexByte(rest, ']')
	if j < 0 {
		return 0, "", false
	}
	i, err := strconv.Atoi(rest[:j])
	if err != nil {
		return 0, "", false
	}
	return i, strings.TrimPrefix(rest[j+1:], "."), true
}
