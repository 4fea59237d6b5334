// qd serve: the list of drafts, the form generated from the JSON Schema of the decision
// format, the diagnostics beside each field and the preview from the .docx layout plan.
// Plain JavaScript, no build step, no network but this page's own server.
"use strict";

const TOKEN = document.querySelector('meta[name="qd-token"]').content;
let LANG = localStorage.getItem("qd-lang") || document.querySelector('meta[name="qd-lang"]').content || "vi";

const TEXT = {
  vi: {
    decisions: "Các quyết định trong thư mục", file: "Tệp", kind: "Loại", committee: "Ban Chỉ đạo", date: "Ngày",
    problems: "Kiểm tra", errors: "lỗi", warnings: "cảnh báo", noProblems: "không có lỗi", none: "Chưa có tệp .yaml nào trong thư mục này.",
    newDraft: "Dự thảo mới (như qd init)", fileName: "Tên tệp", place: "Tỉnh, thành phố (không bắt buộc)", create: "Tạo",
    save: "Lưu", saved: "Đã lưu", unsaved: "Chưa lưu", checking: "Đang kiểm tra…", saving: "Đang lưu…",
    form: "Biểu mẫu", yaml: "YAML", download: "Tải về", summary: "Các vấn đề", noneFound: "Không có lỗi hay cảnh báo nào.",
    general: "Thông tin chung", add: "+ Thêm", addRow: "+ Thêm dòng", remove: "Xoá", up: "Lên", down: "Xuống",
    item: "Mục", showAll: "Hiện mọi cột", text: "Văn bản", detailed: "Chi tiết", toText: "Chỉ một đoạn văn bản", toDetailed: "Chia mục",
    searchRegistry: "Tìm văn bản trong sổ của qd (như qd basis)", search: "Tìm", cite: "Dùng", notCertain: "chưa xác nhận ngày có hiệu lực; kiểm tra trước khi dùng",
    noResults: "Không tìm thấy văn bản nào còn hiệu lực khớp.", unknownKeys: "Trường không có trong mẫu (giữ nguyên khi lưu)",
    conflict: "Tệp đã bị sửa ở nơi khác (tab khác hoặc chương trình khác) từ khi mở. Chưa ghi gì.",
    stale: "Tệp trên đĩa đã thay đổi từ khi mở (tab khác hoặc chương trình khác).",
    reload: "Mở lại bản trên đĩa (bỏ thay đổi ở đây)", overwrite: "Ghi đè bằng bản ở đây",
    leave: "Có thay đổi chưa lưu. Rời trang?", noPreview: "Chưa xem trước được: sửa các lỗi trong biểu mẫu.",
    saveFirst: "Lưu và sửa hết lỗi để tải về (như qd draft)", page: "Trang", back: "← Danh sách",
    notYaml: "Tệp không đọc được thành biểu mẫu; sửa ở thẻ YAML.", yes: "có", noPdf: "PDF cần LibreOffice (không có trên máy này)",
    lines: "mỗi dòng một dòng chữ",
    importFile: "Mở tệp .docx, .pdf, .txt (qd import)", importing: "Đang đọc…", importNotes: "qd import ghi chú, cần rà soát:",
    change: "Thay đổi thành viên…", changeAgainst: "So với quyết định đang có hiệu lực (bản trước):", changeShow: "Xem thay đổi",
    changeNone: "Không có thay đổi thành viên nào.", changeOther: "Không đưa vào quyết định thay đổi thành viên (nếu cần, soạn quyết định kiện toàn):",
    changeSave: "Ghi thành tệp YAML và mở", changeDownload: "Tải .docx quyết định thay đổi thành viên", close: "Đóng",
  },
  en: {
    decisions: "Decisions in the folder", file: "File", kind: "Kind", committee: "Committee", date: "Date",
    problems: "Check", errors: "errors", warnings: "warnings", noProblems: "no problems", none: "No .yaml file in this folder yet.",
    newDraft: "New draft (as qd init)", fileName: "File name", place: "Province or city (optional)", create: "Create",
    save: "Save", saved: "Saved", unsaved: "Not saved", checking: "Checking…", saving: "Saving…",
    form: "Form", yaml: "YAML", download: "Download", summary: "Problems", noneFound: "No errors or warnings.",
    general: "General", add: "+ Add", addRow: "+ Add row", remove: "Remove", up: "Up", down: "Down",
    item: "Item", showAll: "Show all columns", text: "Text", detailed: "Detailed", toText: "Single paragraph", toDetailed: "Split into items",
    searchRegistry: "Search qd's registry of documents (as qd basis)", search: "Search", cite: "Use", notCertain: "entry into force not confirmed; check before citing",
    noResults: "No matching document in force.", unknownKeys: "Fields not in the format (kept as they are when saving)",
    conflict: "The file was changed elsewhere (another tab or program) since it was opened. Nothing was written.",
    stale: "The file on disk changed since it was opened (another tab or program).",
    reload: "Reopen the file on disk (drop the changes here)", overwrite: "Overwrite it with this version",
    leave: "There are unsaved changes. Leave the page?", noPreview: "No preview yet: fix the errors in the form.",
    saveFirst: "Save and fix every error to download (as qd draft)", page: "Page", back: "← List",
    notYaml: "The file cannot be shown as a form; fix it in the YAML tab.", yes: "yes", noPdf: "PDF needs LibreOffice (not installed here)",
    lines: "one line per line of text",
    importFile: "Open a .docx, .pdf, .txt file (qd import)", importing: "Reading…", importNotes: "qd import's notes, to review:",
    change: "Change of members…", changeAgainst: "Against the decision in force (the earlier version):", changeShow: "Show the changes",
    changeNone: "No change of members.", changeOther: "Not part of a change-members decision (write a kiện toàn decision if they matter):",
    changeSave: "Write it as a YAML file and open it", changeDownload: "Download the change-members decision (.docx)", close: "Close",
  },
};
const t = (k) => (TEXT[LANG] && TEXT[LANG][k]) || TEXT.vi[k] || k;

// ---- Server calls --------------------------------------------------------------------

async function api(method, url, body) {
  const opts = { method, headers: { "X-QD-Token": TOKEN } };
  if (body !== undefined) {
    opts.headers["Content-Type"] = "application/json";
    opts.body = JSON.stringify(body);
  }
  const r = await fetch(url, opts);
  let data = null;
  try { data = await r.json(); } catch (e) { data = null; }
  return { status: r.status, data };
}

const msg = (o) => (o ? (LANG === "en" ? o.en : o.vi) : "");

// ---- Small DOM helpers ----------------------------------------------------------------

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

const app = document.getElementById("app");
const crumb = document.getElementById("crumb");
let META = null;
let SCHEMA = null;

// ---- Routing ----------------------------------------------------------------------------

let editor = null; // the open editor, if any

async function route() {
  const h = location.hash;
  if (editor && editor.dirty && editor.path !== decodeURIComponent(h.replace(/^#\/edit\//, ""))) {
    if (!confirm(t("leave"))) { history.replaceState(null, "", "#/edit/" + encodeURIComponent(editor.path)); return; }
  }
  if (h.startsWith("#/edit/")) {
    await openEditor(decodeURIComponent(h.slice(7)));
  } else {
    editor = null;
    await showList();
  }
}

window.addEventListener("hashchange", route);
window.addEventListener("beforeunload", (e) => { if (editor && editor.dirty) { e.preventDefault(); e.returnValue = ""; } });

const langSelect = document.getElementById("lang");
langSelect.value = LANG;
langSelect.addEventListener("change", () => {
  LANG = langSelect.value;
  localStorage.setItem("qd-lang", LANG);
  document.documentElement.lang = LANG;
  if (editor) editor.renderAll(); else showList();
});

// ---- The list ---------------------------------------------------------------------------

function kindLabel(code) {
  const k = (META.kinds || []).find((k) => k.code === code);
  return k ? (LANG === "en" ? k.en : k.vi) : code || "";
}

function problemBadges(errors, warnings) {
  const out = [];
  if (errors) out.push(el("span", { class: "badge err" }, `${errors} ${t("errors")}`));
  if (warnings) out.push(el("span", { class: "badge warn" }, `${warnings} ${t("warnings")}`));
  if (!errors && !warnings) out.push(el("span", { class: "badge ok" }, t("noProblems")));
  return out;
}

async function showList() {
  crumb.textContent = "";
  document.title = "qd";
  const { status, data } = await api("GET", "/api/files");
  const box = el("div", { class: "list" }, el("h1", {}, t("decisions")), el("div", { class: "dir" }, META.dir));
  if (status !== 200) {
    box.append(el("div", { class: "message" }, msg(data)));
  } else if (!data.files.length) {
    box.append(el("p", {}, t("none")));
  } else {
    const rows = data.files.map((f) => el("tr", { "data-path": f.path },
      el("td", {}, el("a", { href: "#/edit/" + encodeURIComponent(f.path) }, f.path)),
      el("td", {}, kindLabel(f.kind)),
      el("td", {}, f.committee || (f.problem ? el("span", { class: "note" }, msg(f.problem)) : "")),
      el("td", {}, f.date || ""),
      el("td", { class: "problems" }, problemBadges(f.errors, f.warnings))));
    box.append(el("table", { class: "files" },
      el("thead", {}, el("tr", {}, [t("file"), t("kind"), t("committee"), t("date"), t("problems")].map((h) => el("th", {}, h)))),
      el("tbody", {}, rows)));
  }
  // New draft from qd init's kinds.
  const kind = el("select", { name: "kind" }, META.kinds.map((k) => el("option", { value: k.code }, LANG === "en" ? k.en : k.vi)));
  const name = el("input", { type: "text", name: "path", value: "du-thao.yaml" });
  const place = el("input", { type: "text", name: "place" });
  const err = el("div", {});
  const create = el("button", { class: "primary", type: "button", onclick: async () => {
    const r = await api("POST", "/api/new", { path: name.value, kind: kind.value, place: place.value });
    if (r.status === 200) location.hash = "#/edit/" + encodeURIComponent(r.data.path);
    else { err.replaceChildren(el("div", { class: "message" }, msg(r.data))); }
  } }, t("create"));
  box.append(el("div", { class: "newbox" }, el("strong", {}, t("newDraft")),
    el("label", {}, t("kind"), kind), el("label", {}, t("fileName"), name), el("label", {}, t("place"), place), create), err);
  const file = el("input", { type: "file", id: "import", accept: ".docx,.pdf,.txt" });
  const ierr = el("div", {});
  file.addEventListener("change", () => {
    const f = file.files[0];
    if (!f) return;
    if (f.size > META.maxImport) { ierr.replaceChildren(el("div", { class: "message" }, t("importFile") + ": > " + META.maxImport + " B")); return; }
    ierr.replaceChildren(el("div", { class: "note" }, t("importing")));
    const rd = new FileReader();
    rd.onload = async () => {
      const data = String(rd.result).replace(/^data:[^,]*,/, "");
      const r = await api("POST", "/api/import", { name: f.name, data });
      if (r.status !== 200) { ierr.replaceChildren(el("div", { class: "message" }, msg(r.data))); return; }
      if (r.data.notes.length) sessionStorage.setItem("qd-notes:" + r.data.path, JSON.stringify(r.data.notes));
      location.hash = "#/edit/" + encodeURIComponent(r.data.path);
    };
    rd.readAsDataURL(f);
  });
  box.append(el("div", { class: "newbox" }, el("strong", {}, t("importFile")), file), ierr);
  app.replaceChildren(box);
}

// ---- Schema helpers ---------------------------------------------------------------------

// shape tells how a schema node is edited.
function shape(s) {
  if (!s) return "unknown";
  if (s["x-codes"]) return "enum";
  if (s.oneOf) {
    const types = s.oneOf.map((a) => a.type);
    if (types.includes("string") && types.includes("array")) return "lines";
    if (types.includes("string") && types.includes("object")) return "textOrObject";
    return "unknown";
  }
  if (s.type === "object") return "object";
  if (s.type === "array") {
    const it = s.items || {};
    if (it["x-codes"]) return "enumList";
    if (it.type === "string") return "strings";
    if (it.type === "object" && Object.values(it.properties || {}).every(isCellable)) return "table";
    return "list";
  }
  if (s.type === "boolean") return "bool";
  if (s.type === "integer") return "int";
  return "string";
}

function isCellable(p) {
  const sh = shape(p);
  return sh === "string" || sh === "enum" || sh === "bool" || sh === "int" || sh === "enumList";
}

function objectOf(s) {
  if (s.oneOf) return s.oneOf.find((a) => a.type === "object");
  return s;
}

// label makes a short field name: Vietnamese from the start of the model's description, English from the key.
function label(key, s) {
  if (LANG === "en" || !s || !s.description) {
    const k = String(key).replace(/_/g, " ");
    return k.charAt(0).toUpperCase() + k.slice(1);
  }
  let d = s.description;
  for (const stop of [" (", ":", ";", " — ", ", ví dụ", ", mỗi", ", chữ", ", không", ", theo", ", dùng"]) {
    const i = d.indexOf(stop);
    if (i > 0) d = d.slice(0, i);
  }
  if (d.length > 48) d = d.slice(0, d.indexOf(",") > 0 ? d.indexOf(",") : 48);
  return d;
}

function hint(s) {
  return LANG === "vi" && s && s.description ? el("div", { class: "hint" }, s.description) : null;
}

function enumText(s, code) {
  const l = s["x-enumLabels"] && s["x-enumLabels"][code];
  return l ? `${LANG === "en" ? l.en : l.vi}` : code;
}

const isEmpty = (v) => v === undefined || v === null || v === "" || (typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0);

function pathString(parts) {
  let s = "";
  for (const p of parts) s += typeof p === "number" ? `[${p}]` : (s ? "." : "") + p;
  return s;
}

// ---- The editor -------------------------------------------------------------------------

class Editor {
  constructor(path, file) {
    this.path = path;
    this.version = file.version;
    this.state = file.state;
    this.checked = file.checked;
    this.mode = file.state ? "form" : "yaml";
    this.yamlText = file.checked.yaml;
    this.dirty = false;
    this.seq = 0;
    this.timer = null;
    this.showAll = {};
    this.banner = null;
    this.savedErrors = file.checked.errors;
  }

  // get/set walk the state by a path of keys and indices.
  get(parts) {
    let v = this.state;
    for (const p of parts) { if (v === null || v === undefined) return undefined; v = v[p]; }
    return v;
  }

  set(parts, value, schemaPath) {
    if (!this.state || typeof this.state !== "object") this.state = {};
    let parent = this.state;
    const chain = [];
    for (let i = 0; i < parts.length - 1; i++) {
      const p = parts[i];
      if (parent[p] === undefined || parent[p] === null || typeof parent[p] !== "object") {
        const obj = typeof parts[i + 1] === "number" ? [] : {};
        insertKey(parent, p, obj, i === 0 ? SCHEMA : schemaPath[i - 1]);
      }
      chain.push([parent, p, schemaPath[i]]);
      parent = parent[p];
    }
    const last = parts[parts.length - 1];
    if (Array.isArray(parent)) {
      parent[last] = value === undefined ? "" : value;
    } else if (isEmpty(value) || (Array.isArray(value) && value.length === 0)) {
      delete parent[last];
      // An object left empty goes too, up to the nearest list item or the root.
      for (let i = chain.length - 1; i >= 0; i--) {
        const [pp, key] = chain[i];
        if (Array.isArray(pp)) break;
        const v = pp[key];
        if ((Array.isArray(v) && v.length === 0) || (!Array.isArray(v) && isEmpty(v))) delete pp[key]; else break;
      }
    } else {
      insertKey(parent, last, value, parts.length === 1 ? SCHEMA : schemaPath[parts.length - 2]);
    }
    this.changed();
  }

  changed() {
    this.dirty = true;
    this.setStatus(t("unsaved"));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), 120);
  }

  async check() {
    const seq = ++this.seq;
    this.setStatus(t("checking"));
    const body = { path: this.path, version: this.version };
    if (this.mode === "yaml") body.yaml = this.yamlText; else body.state = this.state;
    const r = await api("POST", "/api/check", body);
    if (seq !== this.seq) return; // a newer keystroke is on its way
    if (r.status !== 200) { this.setStatus(msg(r.data)); return; }
    this.checked = r.data.checked;
    if (this.mode === "yaml" && r.data.state) this.state = r.data.state;
    if (this.mode === "form") this.yamlText = this.checked.yaml;
    this.setStatus(this.dirty ? t("unsaved") : t("saved"));
    if (r.data.stale && !this.banner) this.showBanner("stale", r.data.current);
    this.showDiagnostics();
    this.showPreview();
    this.updateDownloads();
  }

  async save(overwriteVersion) {
    clearTimeout(this.timer);
    this.setStatus(t("saving"));
    const body = { path: this.path, version: overwriteVersion !== undefined ? overwriteVersion : this.version };
    if (this.mode === "yaml") body.yaml = this.yamlText; else body.state = this.state;
    const r = await api("POST", "/api/save", body);
    if (r.status === 409) {
      this.setStatus(t("unsaved"));
      this.showBanner("conflict", r.data.current);
      return;
    }
    if (r.status !== 200) { this.setStatus(msg(r.data)); return; }
    this.version = r.data.version;
    this.checked = r.data.checked;
    this.savedErrors = this.checked.errors;
    this.yamlText = this.checked.yaml;
    this.dirty = false;
    this.hideBanner();
    this.setStatus(t("saved"));
    this.showDiagnostics();
    this.showPreview();
    this.updateDownloads();
  }

  showBanner(kind, current) {
    this.hideBanner();
    const b = el("div", { class: "banner " + kind, role: "alert" },
      el("span", {}, t(kind)),
      el("button", { type: "button", onclick: () => { this.dirty = false; openEditor(this.path, true); } }, t("reload")),
      el("button", { type: "button", onclick: () => this.save(current) }, t("overwrite")));
    this.banner = b;
    this.root.querySelector(".toolbar").after(b);
  }

  hideBanner() { if (this.banner) { this.banner.remove(); this.banner = null; } }

  setStatus(s) { if (this.statusEl) this.statusEl.textContent = s; }

  // ---- Layout ----

  renderAll() {
    crumb.textContent = this.path;
    document.title = this.path + " — qd";
    this.statusEl = el("span", { class: "status", id: "status" }, this.dirty ? t("unsaved") : t("saved"));
    const tabs = el("span", { class: "tabs" },
      el("button", { type: "button", class: this.mode === "form" ? "active" : "", id: "tab-form", disabled: !this.state,
        onclick: () => { this.mode = "form"; this.renderAll(); } }, t("form")),
      el("button", { type: "button", class: this.mode === "yaml" ? "active" : "", id: "tab-yaml",
        onclick: () => { this.mode = "yaml"; this.renderAll(); } }, t("yaml")));
    this.downloads = el("span", { class: "downloads" });
    const toolbar = el("div", { class: "toolbar" },
      el("a", { href: "#/", class: "button" }, t("back")),
      el("span", { class: "file" }, this.path), this.statusEl,
      el("button", { type: "button", class: "primary", id: "save", onclick: () => this.save() }, t("save")),
      tabs, el("button", { type: "button", id: "change", onclick: () => this.changePanel() }, t("change")),
      el("span", { class: "spacer" }), this.downloads);
    this.formPane = el("div", { class: "formpane", id: "form" });
    this.previewPane = el("div", { class: "previewpane", id: "preview" });
    this.root = el("div", { class: "editor" }, toolbar, el("div", { class: "panes" }, this.formPane, this.previewPane));
    app.replaceChildren(this.root);
    if (this.banner) toolbar.after(this.banner);
    this.renderForm();
    this.showDiagnostics();
    this.showPreview();
    this.updateDownloads();
    const notes = sessionStorage.getItem("qd-notes:" + this.path);
    if (notes) {
      const list = JSON.parse(notes);
      const b = el("div", { class: "banner", id: "import-notes" }, el("div", {}, el("strong", {}, t("importNotes")),
        el("ul", {}, list.map((n) => el("li", {}, LANG === "en" ? n.en : n.vi)))),
        el("button", { type: "button", onclick: () => { sessionStorage.removeItem("qd-notes:" + this.path); b.remove(); } }, t("close")));
      toolbar.after(b);
    }
  }

  // changePanel writes the change-members decision from an earlier version of the committee
  // (another file in the folder) to this one, as qd change does.
  async changePanel() {
    const old = this.root.querySelector("#change-panel");
    if (old) { old.remove(); return; }
    const { data } = await api("GET", "/api/files");
    const others = (data.files || []).filter((f) => f.path !== this.path && f.kind !== "ban_hanh_quy_che");
    const sel = el("select", { id: "change-against" }, others.map((f) => el("option", { value: f.path }, `${f.path} — ${f.committee || ""} ${f.date || ""}`)));
    const date = el("input", { type: "text", id: "change-date", placeholder: "YYYY-MM-DD", size: 11 });
    const out = el("div", {});
    const show = async (save) => {
      const r = await api("POST", "/api/change", { path: this.path, against: sel.value, date: date.value, save });
      if (r.status !== 200) { out.replaceChildren(el("div", { class: "message" }, msg(r.data))); return; }
      if (save && r.data.path) { location.hash = "#/edit/" + encodeURIComponent(r.data.path); return; }
      const href = `/api/download?path=${encodeURIComponent(this.path)}&format=docx&against=${encodeURIComponent(sel.value)}&date=${encodeURIComponent(date.value)}&token=${TOKEN}`;
      out.replaceChildren(
        r.data.changes.length ? el("ol", { id: "change-list" }, r.data.changes.map((c) => el("li", {}, c))) : el("p", {}, t("changeNone")),
        r.data.notes.length ? el("div", {}, t("changeOther"), el("ul", {}, r.data.notes.map((n) => el("li", {}, LANG === "en" ? n.en : n.vi)))) : null,
        el("div", { class: "controls" }, el("a", { class: "button", id: "change-docx", href, download: "" }, t("changeDownload")), " ",
          el("button", { type: "button", onclick: () => show(true) }, t("changeSave"))));
    };
    const panel = el("div", { class: "banner", id: "change-panel" }, el("div", { style: "flex:1" },
      el("div", {}, el("strong", {}, t("changeAgainst")), " ", sel, " ", el("label", {}, t("date"), " ", date), " ", el("button", { type: "button", onclick: () => show(false) }, t("changeShow")),
        " ", el("button", { type: "button", onclick: () => panel.remove() }, t("close"))), out));
    this.root.querySelector(".toolbar").after(panel);
  }

  updateDownloads() {
    if (!this.downloads) return;
    const ok = !this.dirty && this.savedErrors === 0;
    const items = [el("span", { class: "note" }, t("download") + ":")];
    for (const f of ["docx", "pdf", "md"]) {
      const avail = META.formats.includes(f);
      const href = `/api/download?path=${encodeURIComponent(this.path)}&format=${f}&token=${TOKEN}`;
      items.push(el("a", { class: "button" + (ok && avail ? "" : " disabled"), id: "download-" + f, href, download: "",
        title: !avail ? t("noPdf") : ok ? "" : t("saveFirst") }, "." + f));
    }
    this.downloads.replaceChildren(...items);
  }

  renderForm() {
    const scroll = this.formPane.scrollTop;
    this.summaryEl = el("div", { class: "summary", id: "summary" });
    const parts = [this.summaryEl];
    if (this.mode === "yaml" || !this.state) {
      if (!this.state) parts.push(el("div", { class: "message" }, t("notYaml")));
      const ta = el("textarea", { class: "yaml", id: "yaml", spellcheck: "false" });
      ta.value = this.yamlText;
      ta.addEventListener("input", () => { this.yamlText = ta.value; this.changed(); });
      parts.push(ta);
    } else {
      parts.push(...this.topLevel());
    }
    this.formPane.replaceChildren(...parts);
    this.formPane.scrollTop = scroll;
  }

  // topLevel groups the scalar fields of the decision in one card and gives every object
  // and list a card of its own, in the model's order.
  topLevel() {
    const order = SCHEMA["x-order"] || Object.keys(SCHEMA.properties);
    const general = el("div", { class: "body" });
    const cards = [el("details", { class: "card", open: true, "data-path": "" }, el("summary", {}, t("general")), general)];
    for (const key of order) {
      const s = SCHEMA.properties[key];
      const sh = shape(s);
      const node = this.field([key], [s], s, key);
      if (sh === "string" || sh === "enum" || sh === "bool" || sh === "int" || sh === "lines") {
        general.append(node);
      } else {
        cards.push(el("details", { class: "card", open: true, "data-card": key }, el("summary", {}, label(key, s)), el("div", { class: "body" }, node)));
      }
    }
    const unknown = Object.keys(this.state).filter((k) => !SCHEMA.properties[k]);
    if (unknown.length) {
      const keep = {};
      for (const k of unknown) keep[k] = this.state[k];
      cards.push(el("details", { class: "card", open: true }, el("summary", {}, t("unknownKeys")),
        el("div", { class: "body" }, unknown.map((k) => el("div", { class: "field", "data-path": k },
          el("div", { class: "label" }, k), el("div", { class: "unknown" }, JSON.stringify(keep[k], null, 1)))))));
    }
    return cards;
  }

  // field renders the editor of one value at parts (keys and indices) with schema s;
  // schemas holds the schema of each step, for inserting keys in the model's order.
  field(parts, schemas, s, key) {
    const path = pathString(parts);
    const sh = shape(s);
    const value = this.get(parts);
    const lab = label(key, s);
    const id = "f-" + path.replace(/[^A-Za-z0-9_]/g, "_");
    switch (sh) {
      case "string": case "int": case "enum": {
        const input = this.input(parts, schemas, s, value, id);
        return el("div", { class: "field", "data-path": path }, el("label", { for: id }, lab), input, hint(s));
      }
      case "bool": {
        const cb = el("input", { type: "checkbox", id, "data-input": path });
        cb.checked = value === true;
        cb.addEventListener("change", () => this.set(parts, cb.checked ? true : undefined, schemas));
        return el("div", { class: "field bool", "data-path": path }, el("label", { for: id }, lab), cb);
      }
      case "lines": {
        const ta = el("textarea", { id, rows: 1, "data-input": path });
        ta.value = Array.isArray(value) ? value.join("\n") : value || "";
        ta.addEventListener("input", () => {
          const lines = ta.value.split("\n");
          this.set(parts, lines.length > 1 ? lines : lines[0], schemas);
        });
        return el("div", { class: "field", "data-path": path }, el("label", { for: id }, lab), ta,
          el("div", { class: "hint" }, t("lines")), hint(s));
      }
      case "object": return this.objectField(parts, schemas, s, lab, path);
      case "textOrObject": return this.textOrObject(parts, schemas, s, lab, path, id);
      case "strings": return this.stringList(parts, schemas, s, lab, path);
      case "enumList": return el("div", { class: "field", "data-path": path }, el("div", { class: "label" }, lab), this.multi(parts, schemas, s, value));
      case "table": return this.table(parts, schemas, s, lab, path);
      case "list": return this.list(parts, schemas, s, lab, path);
    }
    return el("div", { class: "field", "data-path": path }, el("div", { class: "label" }, lab),
      el("div", { class: "unknown" }, JSON.stringify(value)));
  }

  input(parts, schemas, s, value, id) {
    const path = pathString(parts);
    const sh = shape(s);
    if (sh === "enum") {
      const codes = s["x-codes"];
      const sel = el("select", { id, "data-input": path }, el("option", { value: "" }, ""),
        codes.map((c) => el("option", { value: c }, enumText(s, c))));
      if (value !== undefined && value !== null && value !== "" && !codes.includes(value)) sel.append(el("option", { value }, value));
      sel.value = value === undefined || value === null ? "" : value;
      sel.addEventListener("change", () => this.set(parts, sel.value || undefined, schemas));
      return sel;
    }
    if (sh === "int") {
      const inp = el("input", { type: "number", min: s.minimum, id, "data-input": path });
      inp.value = value === undefined || value === null ? "" : value;
      inp.addEventListener("input", () => this.set(parts, inp.value === "" ? undefined : Number(inp.value), schemas));
      return inp;
    }
    const isDate = !!s["x-date"];
    const long = !isDate && (typeof value === "string" && value.length > 60 || /câu|đoạn|nội dung|trích yếu/i.test(s.description || ""));
    const inp = long ? el("textarea", { id, rows: 1, "data-input": path }) : el("input", { type: "text", id, "data-input": path,
      placeholder: isDate ? "YYYY-MM-DD" : null, inputmode: isDate ? "numeric" : null });
    inp.value = value === undefined || value === null ? "" : String(value);
    inp.addEventListener("input", () => this.set(parts, inp.value === "" ? undefined : inp.value, schemas));
    return inp;
  }

  objectField(parts, schemas, s, lab, path) {
    const order = s["x-order"] || Object.keys(s.properties || {});
    const box = el("div", { class: parts.length > 1 ? "group" : "", "data-path": path });
    if (parts.length > 1) box.append(el("div", { class: "label" }, lab));
    for (const k of order) {
      const ps = s.properties[k];
      box.append(this.field([...parts, k], [...schemas, ps], ps, k));
    }
    return box;
  }

  textOrObject(parts, schemas, s, lab, path, id) {
    const value = this.get(parts);
    const obj = objectOf(s);
    const box = el("div", { class: "field", "data-path": path });
    if (typeof value === "object" && value !== null) {
      box.append(el("div", { class: "itemhead" }, el("button", { type: "button", onclick: () => {
        const v = this.get(parts);
        this.setRaw(parts, (v && v.text) || "");
      } }, t("toText"))));
      box.append(this.objectField(parts, [...schemas.slice(0, -1), obj], obj, lab, path));
      return box;
    }
    const ta = el("textarea", { id, rows: 1, "data-input": path });
    ta.value = value || "";
    ta.addEventListener("input", () => { parentSet(this.state, parts, ta.value); this.changed(); });
    box.append(ta, el("div", { class: "itemhead" }, el("button", { type: "button", onclick: () => {
      const v = this.get(parts);
      const o = {};
      if (obj.properties && obj.properties.text) o.text = v || ""; else if (obj.properties && obj.properties.heading) o.heading = v || "";
      this.setRaw(parts, o);
    } }, t("toDetailed"))));
    return box;
  }

  // setRaw replaces a value and redraws the form (a change of structure).
  setRaw(parts, v) {
    parentSet(this.state, parts, v);
    this.changed();
    this.renderForm();
    this.showDiagnostics();
  }

  stringList(parts, schemas, s, lab, path) {
    const arr = this.get(parts) || [];
    const box = el("div", { class: "field strings", "data-path": path }, el("div", { class: "label" }, lab));
    arr.forEach((v, i) => {
      const ip = [...parts, i];
      const ta = el("textarea", { rows: 1, "data-input": pathString(ip), id: "f-" + pathString(ip).replace(/[^A-Za-z0-9_]/g, "_") });
      ta.value = v === null || v === undefined ? "" : String(v);
      ta.addEventListener("input", () => { arr[i] = ta.value; this.changed(); });
      box.append(el("div", { class: "field", "data-path": pathString(ip) },
        el("div", { class: "row" }, ta, this.rowControls(parts, schemas, i, arr.length))));
    });
    box.append(el("button", { type: "button", class: "add", onclick: () => this.addItem(parts, schemas, "") }, t("add")), hint(s));
    return box;
  }

  multi(parts, schemas, s, value) {
    const items = s.items;
    const chosen = Array.isArray(value) ? value : [];
    const summary = el("summary", {}, chosen.map((c) => enumText(items, c)).join(", ") || "—");
    const codes = items["x-codes"];
    const opts = el("div", { class: "options" }, codes.map((c) => {
      const cb = el("input", { type: "checkbox", value: c });
      cb.checked = chosen.includes(c);
      cb.addEventListener("change", () => {
        const now = codes.filter((x) => (x === c ? cb.checked : chosen.includes(x)));
        this.set(parts, now.length ? now : undefined, schemas);
        this.renderForm(); this.showDiagnostics();
      });
      return el("label", {}, cb, " ", enumText(items, c));
    }));
    return el("details", { class: "multi", "data-input": pathString(parts) }, summary, opts);
  }

  rowControls(parts, schemas, i, n) {
    return el("span", { class: "controls" },
      el("button", { type: "button", title: t("up"), "aria-label": t("up"), disabled: i === 0, onclick: () => this.moveItem(parts, i, -1) }, "↑"),
      el("button", { type: "button", title: t("down"), "aria-label": t("down"), disabled: i === n - 1, onclick: () => this.moveItem(parts, i, 1) }, "↓"),
      el("button", { type: "button", title: t("remove"), "aria-label": t("remove"), class: "remove", onclick: () => this.removeItem(parts, i) }, "✕"));
  }

  addItem(parts, schemas, blank) {
    const arr = this.get(parts);
    if (Array.isArray(arr)) arr.push(blank);
    else this.set(parts, [blank], schemas);
    this.changed();
    this.renderForm();
    this.showDiagnostics();
  }

  moveItem(parts, i, d) {
    const arr = this.get(parts);
    const j = i + d;
    if (!arr || j < 0 || j >= arr.length) return;
    [arr[i], arr[j]] = [arr[j], arr[i]];
    this.changed();
    this.renderForm();
    this.showDiagnostics();
  }

  removeItem(parts, i) {
    const arr = this.get(parts);
    arr.splice(i, 1);
    if (arr.length === 0) parentSet(this.state, parts, undefined);
    this.changed();
    this.renderForm();
    this.showDiagnostics();
  }

  // table edits a list of flat objects (members, bases...) as rows; columns nobody filled
  // in are folded away unless asked for, required ones always show.
  table(parts, schemas, s, lab, path) {
    const it = s.items;
    const arr = this.get(parts) || [];
    const order = it["x-order"] || Object.keys(it.properties);
    const req = new Set(it.required || []);
    const all = !!this.showAll[path];
    const cols = order.filter((k) => all || req.has(k) || arr.some((row) => row && !isEmpty(row[k])));
    const box = el("div", { class: "field", "data-path": path });
    const toggle = el("input", { type: "checkbox" });
    toggle.checked = all;
    toggle.addEventListener("change", () => { this.showAll[path] = toggle.checked; this.renderForm(); this.showDiagnostics(); });
    box.append(el("div", { class: "tablehead" }, el("strong", {}, lab), el("label", {}, toggle, " ", t("showAll"))));
    if (it.properties.ref) box.append(this.registrySearch(parts, schemas));
    const head = el("tr", {}, el("th", {}, "#"), cols.map((k) => el("th", { title: LANG === "vi" ? it.properties[k].description || "" : "" }, label(k, it.properties[k]))), el("th", {}, ""));
    const body = el("tbody", {});
    arr.forEach((row, i) => {
      const rp = [...parts, i];
      const tr = el("tr", { "data-path": pathString(rp) }, el("td", { class: "num" }, String(i + 1)));
      for (const k of cols) {
        const ps = it.properties[k];
        const cp = [...rp, k];
        const cs = [...schemas, it, ps];
        const sh = shape(ps);
        const id = "f-" + pathString(cp).replace(/[^A-Za-z0-9_]/g, "_");
        let input;
        if (sh === "bool") {
          input = el("input", { type: "checkbox", id, "data-input": pathString(cp) });
          input.checked = row && row[k] === true;
          input.addEventListener("change", () => this.set(cp, input.checked ? true : undefined, cs));
        } else if (sh === "enumList") {
          input = this.multi(cp, cs, ps, row ? row[k] : undefined);
        } else {
          input = this.input(cp, cs, ps, row ? row[k] : undefined, id);
          if (input.tagName === "TEXTAREA") { const i2 = el("input", { type: "text", id, "data-input": pathString(cp) }); i2.value = input.value; i2.addEventListener("input", () => this.set(cp, i2.value === "" ? undefined : i2.value, cs)); input = i2; }
        }
        const wide = /position|organization|name|title|portfolio|issuer|text/.test(k);
        tr.append(el("td", { "data-path": pathString(cp), class: sh === "bool" ? "bool" : wide ? "wide" : "" }, input));
      }
      tr.append(el("td", { class: "controls" }, this.rowControls(parts, schemas, i, arr.length)));
      body.append(tr);
    });
    box.append(el("div", { class: "tablewrap" }, el("table", { class: "items" }, el("thead", {}, head), body)));
    box.append(el("button", { type: "button", class: "add", onclick: () => this.addItem(parts, schemas, {}) }, t("addRow")), hint(s));
    return box;
  }

  registrySearch(parts, schemas) {
    const q = el("input", { type: "search", placeholder: t("searchRegistry"), "aria-label": t("searchRegistry") });
    const results = el("ul", { class: "results", hidden: true });
    const run = async () => {
      if (!q.value.trim()) { results.hidden = true; return; }
      const date = (this.state && this.state.date) || "";
      const r = await api("GET", `/api/basis?q=${encodeURIComponent(q.value)}&date=${encodeURIComponent(date)}`);
      results.hidden = false;
      if (r.status !== 200) { results.replaceChildren(el("li", {}, msg(r.data))); return; }
      if (!r.data.results.length) { results.replaceChildren(el("li", {}, t("noResults"))); return; }
      results.replaceChildren(...r.data.results.map((x) => el("li", {},
        el("span", { class: "cite" }, x.citation, el("span", { class: "src" }, "ref: " + x.key + (x.certain ? "" : " — " + t("notCertain")))),
        el("button", { type: "button", onclick: () => this.addItem(parts, schemas, { ref: x.key }) }, t("cite")))));
    };
    let timer = null;
    q.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 200); });
    return el("div", {}, el("div", { class: "search" }, q, el("button", { type: "button", onclick: run }, t("search"))), results);
  }

  // list edits a list of structured items (chapters, articles, duties...) as cards.
  list(parts, schemas, s, lab, path) {
    const arr = this.get(parts) || [];
    const it = s.items;
    const box = el("div", { class: "field", "data-path": path }, el("div", { class: "label" }, lab));
    arr.forEach((v, i) => {
      const ip = [...parts, i];
      const item = el("div", { class: "item", "data-path": pathString(ip) },
        el("div", { class: "itemhead" }, el("span", {}, `${t("item")} ${i + 1}`), el("span", { class: "spacer" }), this.rowControls(parts, schemas, i, arr.length)));
      item.append(this.field(ip, [...schemas, it], it, `${t("item")} ${i + 1}`));
      box.append(item);
    });
    const blank = shape(it) === "textOrObject" || it.type === "string" ? "" : {};
    box.append(el("button", { type: "button", class: "add", onclick: () => this.addItem(parts, schemas, blank) }, t("add")), hint(s));
    return box;
  }

  // ---- Diagnostics ----

  showDiagnostics() {
    if (!this.summaryEl) return;
    for (const d of this.formPane.querySelectorAll(".diag")) d.remove();
    for (const e of this.formPane.querySelectorAll(".has-error, .has-warning")) e.classList.remove("has-error", "has-warning");
    const diags = (this.checked && this.checked.diagnostics) || [];
    const list = el("ul", {});
    for (const d of diags) {
      const text = LANG === "en" ? d.en : d.vi;
      const target = this.targetOf(d.field);
      if (target && target !== this.formPane) {
        const note = el("div", { class: "diag " + d.severity, "data-rule": d.rule, "data-field": d.field }, text);
        target.classList.add("has-" + d.severity);
        if (target.tagName === "TR") target.firstChild.append(note); else target.append(note);
      }
      list.append(el("li", { class: d.severity, onclick: () => this.focusField(d.field) },
        el("span", { class: "path" }, (d.field || (LANG === "en" ? `line ${d.line}` : `dòng ${d.line}`)) + ": "), text));
    }
    const n = `${this.checked.errors} ${t("errors")}, ${this.checked.warnings} ${t("warnings")}`;
    this.summaryEl.replaceChildren(el("h2", {}, `${t("summary")} (${n})`), diags.length ? list : el("div", { class: "note" }, t("noneFound")));
  }

  // targetOf finds the form element of a YAML path, or of its nearest enclosing field.
  targetOf(field) {
    let p = field || "";
    while (p) {
      const e = this.formPane.querySelector(`[data-path="${CSS.escape(p)}"]`);
      if (e) return e;
      const i = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
      if (i <= 0) break;
      p = p.slice(0, i);
    }
    return this.formPane.querySelector('[data-path=""]');
  }

  focusField(field) {
    const e = this.targetOf(field);
    if (!e) return;
    for (let d = e.closest("details"); d; d = d.parentElement.closest("details")) d.open = true;
    e.scrollIntoView({ block: "center" });
    const input = e.matches("[data-input]") ? e : e.querySelector("[data-input], input, textarea, select");
    if (input && input.focus) input.focus();
  }

  // ---- Preview ----

  showPreview() {
    const pane = this.previewPane;
    if (!pane) return;
    const scroll = pane.scrollTop;
    if (!this.checked.preview) {
      pane.replaceChildren(el("div", { class: "preview-none" }, t("noPreview")));
      return;
    }
    const src = el("div", {});
    src.innerHTML = this.checked.preview; // HTML escaped by the server, from the layout plan
    const out = el("div", { class: "preview", id: "pages" });
    pane.replaceChildren(out);
    paginate(src, out, t("page"));
    const first = out.querySelector(".qd-page");
    if (first) {
      const zoom = Math.min(1, (pane.clientWidth - 24) / first.offsetWidth);
      out.style.zoom = zoom;
    }
    pane.scrollTop = scroll;
  }
}

// insertKey sets obj[key]; a new key goes after the keys that come before it in the
// model's order (x-order of the parent's schema), so a saved file reads in the usual order.
function insertKey(obj, key, value, parentSchema) {
  if (Array.isArray(obj) || Object.prototype.hasOwnProperty.call(obj, key)) { obj[key] = value; return; }
  const ps = parentSchema && objectOf(parentSchema);
  const order = (ps && ps["x-order"]) || [];
  const rank = order.indexOf(key);
  const entries = Object.entries(obj);
  let at = entries.length;
  if (rank >= 0) {
    at = 0;
    entries.forEach(([k], i) => { const r = order.indexOf(k); if (r >= 0 && r < rank) at = i + 1; });
  }
  entries.splice(at, 0, [key, value]);
  for (const k of Object.keys(obj)) delete obj[k];
  for (const [k, v] of entries) obj[k] = v;
}

// parentSet replaces the value at parts, deleting it when undefined.
function parentSet(root, parts, v) {
  let p = root;
  for (let i = 0; i < parts.length - 1; i++) p = p[parts[i]];
  const k = parts[parts.length - 1];
  if (v === undefined && !Array.isArray(p)) delete p[k]; else p[k] = v;
}

// paginate cuts each section of the layout plan into pages of its size and margins, with
// the header (page number) on every page but the first when the section says so.
function paginate(src, out, pageWord) {
  let total = 0;
  const styleTag = src.querySelector(":scope > style");
  if (styleTag) out.append(styleTag);
  for (const sec of src.querySelectorAll("section.qd-section")) {
    const header = sec.querySelector("template.qd-header");
    const titlePage = sec.dataset.titlePage === "true";
    const blocks = [...sec.children].filter((e) => e.tagName !== "TEMPLATE");
    let n = 0;
    let body = null;
    const newPage = () => {
      n++; total++;
      const page = el("div", { class: "qd-page qd-section", style: sec.getAttribute("style"), "data-page": String(total) });
      if (header && !(titlePage && n === 1)) {
        const h = el("div", { class: "qd-head" });
        h.append(header.content.cloneNode(true));
        for (const f of h.querySelectorAll('[data-field="PAGE"]')) f.textContent = String(n);
        page.append(h);
      }
      body = el("div", { class: "qd-body" });
      page.append(body, el("div", { class: "qd-pageinfo" }, `${pageWord} ${n}`));
      out.append(page);
    };
    newPage();
    for (const b of blocks) {
      body.append(b);
      if (body.scrollHeight > body.clientHeight + 1 && body.children.length > 1) {
        // Keep a heading with what follows it, as the styles' keepNext asks.
        const carry = [b];
        let prev = b.previousElementSibling;
        while (prev && isKeepNext(prev) && body.children.length > carry.length + 1) { carry.unshift(prev); prev = prev.previousElementSibling; }
        newPage();
        for (const c of carry) body.append(c);
      }
    }
  }
}

function isKeepNext(e) {
  return /(^| )s-(ArticleTitle|ClauseTitle|ChapterNumber|ChapterTitle|DocType|DocTitle|DecideHeading|Authority)( |$)/.test(e.className);
}

// ---- Opening a file ---------------------------------------------------------------------

async function openEditor(path, force) {
  if (!force && editor && editor.path === path) return;
  const r = await api("GET", "/api/file?path=" + encodeURIComponent(path));
  if (r.status !== 200) {
    editor = null;
    app.replaceChildren(el("div", { class: "list" }, el("div", { class: "message" }, msg(r.data)), el("a", { href: "#/" }, t("back"))));
    return;
  }
  editor = new Editor(path, r.data);
  editor.renderAll();
}

document.addEventListener("keydown", (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === "s" && editor) { e.preventDefault(); editor.save(); }
});

(async function start() {
  document.documentElement.lang = LANG;
  const [m, s] = await Promise.all([api("GET", "/api/meta"), api("GET", "/api/schema")]);
  META = m.data;
  SCHEMA = s.data;
  await route();
})();
