import { sanitizeHtml } from '../sanitize-html'

const unsafe = (html: string) => {
  const out = sanitizeHtml(html).toLowerCase()
  return {
    out,
    runsScript: /<script|javascript:|vbscript:|data:|\son\w+\s*=|<svg|<iframe|<object|<embed|<style|srcdoc|<math/.test(
      out,
    ),
  }
}

describe('sanitizeHtml', () => {
  test('keeps the article markup the allow-list names', () => {
    const html =
      '<h3>要点</h3><p>自<strong>12月1日</strong>起实施。</p><ul><li>一</li></ul><table><tbody><tr><td colspan="2">青菜</td></tr></tbody></table>'
    expect(sanitizeHtml(html)).toBe(html)
  })

  test('keeps https images and links, with their alt text', () => {
    expect(sanitizeHtml('<img src="https://img.example.gov.cn/a.jpg" alt="外滩">')).toBe(
      '<img src="https://img.example.gov.cn/a.jpg" alt="外滩">',
    )
    expect(sanitizeHtml('<a href="https://www.example.gov.cn/x">详情</a>')).toBe(
      '<a href="https://www.example.gov.cn/x">详情</a>',
    )
  })

  test.each([
    ['script tag', '<p>hi</p><script>alert(1)</script>'],
    ['script with odd case and spacing', '<ScRiPt >alert(1)</sCrIpT >'],
    ['event handler', '<p onclick="alert(1)">x</p>'],
    ['event handler on an image', '<img src="https://a.b/c.jpg" onerror="alert(1)">'],
    ['javascript: link', '<a href="javascript:alert(1)">x</a>'],
    ['javascript: with entities', '<a href="&#106;avascript:alert(1)">x</a>'],
    ['javascript: with whitespace', '<a href=" java\tscript:alert(1)">x</a>'],
    ['data: image', '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">'],
    ['data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
    ['vbscript: link', '<a href="vbscript:msgbox(1)">x</a>'],
    ['svg with onload', '<svg onload="alert(1)"><circle r="1"/></svg>'],
    ['svg with script inside', '<svg><script>alert(1)</script></svg>'],
    ['math and mglyph tricks', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
    ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ['object and embed', '<object data="https://a.b/x.swf"></object><embed src="https://a.b/x.swf">'],
    ['style tag', '<style>body{background:url(javascript:alert(1))}</style><p>x</p>'],
    ['inline style', '<p style="background:url(javascript:alert(1))">x</p>'],
    ['unclosed tag soup', '<p <img src=x onerror=alert(1)//'],
    ['attribute breaking out of quotes', '<img src="https://a.b/c.jpg" alt="x" onerror="alert(1)">'],
    ['protocol-relative url', '<img src="//evil.example/x.jpg" onerror=alert(1)>'],
    ['nested comment trick', '<!--<img src="--><img src=x onerror=alert(1)//">'],
    ['form and input', '<form action="https://evil.example"><input name="id" value="x"></form>'],
  ])('removes %s', (_name, html) => {
    const { out, runsScript } = unsafe(html)
    expect(runsScript).toBe(false)
    expect(out).not.toMatch(/<(form|input|iframe|object|embed|svg|math|style|script)\b/)
  })

  test('text of removed wrapper tags is kept; entities stay entities', () => {
    expect(sanitizeHtml('<div><span>市民热线</span></div>')).toBe('市民热线')
    expect(sanitizeHtml('<p>1 &lt; 2 &amp; 3 &gt; 2</p>')).toBe('<p>1 &lt; 2 &amp; 3 &gt; 2</p>')
  })
})
