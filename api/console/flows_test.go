package console_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

func TestSignInWrongPasswordShowsTheError(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	tb := newTab(t, s)
	tb.open("/")
	tb.see(heading("登录")) // not signed in: the console asks to sign in
	tb.fill("用户名", editorName)
	tb.fill("密码", "not my password")
	tb.click(button("登录"))
	tb.see(textOn("用户名或密码不正确。"))
	if path := eval[string](tb, `location.pathname`); path != "/signin" {
		t.Errorf("after a wrong password the console is at %s", path)
	}
	// The right password then signs in.
	tb.fill("密码", editorPassword)
	tb.click(button("登录"))
	tb.see(heading("工作台"))
	tb.see(textOn("李伟"))
}

func TestLanguageToggleIsRemembered(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	tb := newTab(t, s)
	tb.signIn(editorName, editorPassword)
	if lang := eval[string](tb, `document.documentElement.lang`); lang != "zh-CN" {
		t.Errorf("default lang = %q, want zh-CN", lang)
	}
	tb.click(button("English"))
	tb.see(heading("Dashboard"))
	tb.run(chromedp.Reload())
	tb.waitReady()
	tb.see(heading("Dashboard"))
	if lang := eval[string](tb, `document.documentElement.lang`); lang != "en" {
		t.Errorf("after reload lang = %q, want en", lang)
	}
	tb.see(linkTo("Partners"))
	tb.click(button("中文"))
	tb.see(heading("工作台"))
}

func TestViewerSeesNoEditButtonsAndTheServerRefuses(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	tb := newTab(t, s)
	tb.signIn(viewerName, viewerPassword)
	if n := tb.count(linkTo("新建活动")); n != 0 {
		t.Errorf("a viewer is offered 新建活动 on the dashboard")
	}
	tb.click(linkTo("友城 / 合作伙伴"))
	tb.see(heading("友城 / 合作伙伴"))
	tb.waitReady()
	if n := tb.count(linkTo("新建友城")); n != 0 {
		t.Errorf("a viewer is offered 新建友城")
	}
	tb.click(linkTo("宇部市"))
	tb.see(heading("宇部市"))
	tb.waitReady()
	for _, label := range []string{"编辑", "删除", "新建友好关系", "制定系列活动计划"} {
		if tb.count(button(label))+tb.count(linkTo(label)) != 0 {
			t.Errorf("a viewer is offered %q on a partner's page", label)
		}
	}
	if tb.count(linkTo("用户")) != 0 {
		t.Error("a viewer sees the admin menu")
	}
	// The server refuses the write anyway, CSRF token and all.
	status := eval[int](tb, `(async () => {
	  const s = await (await fetch('/api/v1/session')).json();
	  const id = location.pathname.split('/').pop();
	  const r = await fetch('/api/v1/partners/' + id, { method: 'PATCH',
	    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': s.csrf_token },
	    body: JSON.stringify({ notes: 'changed by a viewer' }) });
	  return r.status; })()`)
	if status != 403 {
		t.Errorf("a viewer's PATCH answered %d, want 403", status)
	}
	if body := value(tb, chromedp.Text(chromedp.CSS("#main"))); strings.Contains(body, "changed by a viewer") {
		t.Error("the viewer's change is shown")
	}
}
