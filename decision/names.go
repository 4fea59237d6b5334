package decision

import "fmt"

// nameField is one place in a decision where a body, a unit or a person's post is named.
type nameField struct {
	path  string
	p     *string
	place bool // the place name before the date: a unit named without "tỉnh"
	// near are the texts that name one holder together with this one (a member's
	// organisation, post and portfolio): the registry reads a body's name in their light
	// ("Trưởng Ban Dân tộc" of a member of the Hội đồng nhân dân).
	near []string
}

// nameFields lists every field that names a body or unit, in document order: the issuer
// and its authority, the place, the signer, the committee, the proposal, members'
// organisations, posts and portfolios (and a change decision's new members), standing
// agencies, seals, the working group, funding, addressees, recipients and the Quy chế's
// issuer. The rules that check names and the
// update that replaces them read this one list, so no field is checked but not updated.
func (d *Decision) nameFields() []nameField {
	var f []nameField
	add := func(path string, p *string) {
		if *p != "" {
			f = append(f, nameField{path: path, p: p})
		}
	}
	lines := func(path string, l Lines) {
		for i := range l {
			add(fmt.Sprintf("%s[%d]", path, i), &l[i])
		}
	}
	add("issuer.parent", &d.Issuer.Parent)
	lines("issuer.name", d.Issuer.Name)
	lines("issuer.authority", d.Issuer.Authority)
	add("issuer.short", &d.Issuer.Short)
	if d.Place != "" {
		f = append(f, nameField{path: "place", p: &d.Place, place: true})
	}
	lines("signer.authority", d.Signer.Authority)
	add("signer.other_post", &d.Signer.OtherPost)
	add("committee.name", &d.Committee.Name)
	add("committee.short_name", &d.Committee.ShortName)
	add("title", &d.Title)
	if d.Proposal != nil {
		add("proposal.of", &d.Proposal.Of)
	}
	// A member's organisation, post and portfolio are read together (each field's near).
	addMember := func(path string, m *Member) {
		n := len(f)
		add(path+".organization", &m.Organization)
		add(path+".position", &m.Position)
		add(path+".portfolio", &m.Portfolio)
		near := []string{m.Organization, m.Position, m.Portfolio}
		for k := n; k < len(f); k++ {
			f[k].near = near
		}
	}
	for i := range d.Members {
		addMember(fmt.Sprintf("members[%d]", i), &d.Members[i])
	}
	// A change-members decision prints its new members (and a member with a new role) as
	// they are now; the members replaced (old) and the amended decision's list
	// (current_members) are history, named as they were appointed, and are not read here.
	for i := range d.Changes {
		m := d.Changes[i].Member
		if m != nil {
			addMember(fmt.Sprintf("changes[%d].member", i), m)
		}
	}
	if o := d.Organization; o != nil {
		for i := range o.StandingAgencies {
			add(fmt.Sprintf("organization.standing_agencies[%d].agency", i), &o.StandingAgencies[i].Agency)
			add(fmt.Sprintf("organization.standing_agencies[%d].text", i), &o.StandingAgencies[i].Text)
		}
		for i := range o.Seals {
			add(fmt.Sprintf("organization.seals[%d].seal", i), &o.Seals[i].Seal)
		}
		add("organization.seal_text", &o.SealText)
		if w := o.WorkingGroup; w != nil {
			for i := range w.Text {
				add(fmt.Sprintf("organization.working_group.text[%d]", i), &w.Text[i])
			}
			add("organization.working_group.leader", &w.Leader)
			for i := range w.Deputies {
				add(fmt.Sprintf("organization.working_group.deputies[%d]", i), &w.Deputies[i])
			}
			for i := range w.Members {
				add(fmt.Sprintf("organization.working_group.members[%d]", i), &w.Members[i])
			}
			add("organization.working_group.located_at", &w.LocatedAt)
		}
		for i := range o.Funding {
			add(fmt.Sprintf("organization.funding[%d]", i), &o.Funding[i])
		}
	}
	for i := range d.Execution.Addressees {
		add(fmt.Sprintf("execution.addressees[%d]", i), &d.Execution.Addressees[i])
	}
	add("execution.text", &d.Execution.Text)
	for i := range d.Recipients {
		add(fmt.Sprintf("recipients[%d]", i), &d.Recipients[i])
	}
	// Running text names bodies and units too.
	add("function", &d.Function)
	for i := range d.Duties {
		add(fmt.Sprintf("duties[%d].text", i), &d.Duties[i].Text)
		add(fmt.Sprintf("duties[%d].heading", i), &d.Duties[i].Heading)
		for j := range d.Duties[i].Items {
			add(fmt.Sprintf("duties[%d].items[%d]", i, j), &d.Duties[i].Items[j])
		}
	}
	for i := range d.MemberDuties {
		add(fmt.Sprintf("member_duties[%d].text", i), &d.MemberDuties[i].Text)
	}
	articles := func(path string, as []Article) {
		for i := range as {
			a := &as[i]
			p := fmt.Sprintf("%s[%d]", path, i)
			add(p+".title", &a.Title)
			add(p+".text", &a.Text)
			for j := range a.Clauses {
				add(fmt.Sprintf("%s.clauses[%d].text", p, j), &a.Clauses[j].Text)
				for k := range a.Clauses[j].Points {
					add(fmt.Sprintf("%s.clauses[%d].points[%d]", p, j, k), &a.Clauses[j].Points[k])
				}
			}
		}
	}
	articles("articles", d.Articles)
	if r := d.Regulation; r != nil {
		add("regulation.title", &r.Title)
		add("regulation.issued_by", &r.IssuedBy)
		for i := range r.Chapters {
			add(fmt.Sprintf("regulation.chapters[%d].title", i), &r.Chapters[i].Title)
			articles(fmt.Sprintf("regulation.chapters[%d].articles", i), r.Chapters[i].Articles)
		}
	}
	return f
}
