/// The pages' Mustache templates, kept in the binary (no files to install beside it).
/// `head` and `foot` wrap every page; nothing is fetched from outside.
enum PageTemplates {
    static let all: [String: String] = [
        "head": head, "foot": foot, "register": register, "document": document, "chain": chain,
        "check": check, "lookup": lookup, "error": error,
    ]

    static let head = """
    <!DOCTYPE html>
    <html lang="vi">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} · vanban</title>
    <style>
    *{box-sizing:border-box}
    body{margin:0;font-family:"DejaVu Sans",Arial,sans-serif;font-size:15px;color:#1a1a1a;background:#f4f5f7}
    header{background:#0b5394;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center}
    header a{color:#fff;text-decoration:none}
    header .brand{font-weight:bold;font-size:1.1rem}
    main{padding:1rem;max-width:1400px;margin:0 auto}
    h1{font-size:1.3rem;margin:.2rem 0 1rem}
    h2{font-size:1.1rem;margin:1.2rem 0 .5rem}
    a{color:#0b5394}
    form.filters{display:flex;flex-wrap:wrap;gap:.5rem;margin-bottom:1rem;background:#fff;padding:.7rem;border-radius:6px}
    form.filters label{display:flex;flex-direction:column;font-size:.8rem;color:#555;flex:1 1 10rem}
    input,select,textarea,button{font:inherit;padding:.35rem .45rem;border:1px solid #bbb;border-radius:4px}
    button{background:#0b5394;color:#fff;border-color:#0b5394;cursor:pointer;align-self:flex-end}
    .scroll{overflow-x:auto;background:#fff;border-radius:6px}
    table{border-collapse:collapse;width:100%}
    th,td{border-bottom:1px solid #e3e3e3;padding:.45rem .5rem;text-align:left;vertical-align:top}
    th{background:#eef2f7;font-size:.85rem;white-space:nowrap}
    td.number{white-space:nowrap}
    .muted{color:#666;font-size:.85rem}
    .pager{display:flex;gap:1rem;margin:.8rem 0;align-items:center}
    .error{background:#fdecea;border:1px solid #f5c2c0;padding:.6rem .8rem;border-radius:6px}
    .doc{display:flex;flex-wrap:wrap;gap:1rem}
    .doc .original{flex:3 1 30rem;min-width:0}
    .doc .fields{flex:2 1 20rem;min-width:0}
    .panel{background:#fff;border-radius:6px;padding:.8rem}
    iframe.pdf{width:100%;height:70vh;border:1px solid #ccc;background:#fff}
    pre.text{white-space:pre-wrap;word-wrap:break-word;font-family:inherit;line-height:1.5;margin:0}
    mark{background:#fff3b0;padding:0 1px}
    a.mention mark{background:#cfe6ff}
    dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:.3rem .8rem;margin:0}
    dl.fields dt{color:#555;font-size:.85rem}
    dl.fields dd{margin:0}
    ul.plain{padding-left:1.1rem;margin:.3rem 0}
    .status-found{color:#1b7f3a;font-weight:bold}
    .status-ambiguous{color:#a66300;font-weight:bold}
    .status-not-found{color:#b3261e;font-weight:bold}
    .chainbox{overflow:auto;background:#fff;border-radius:6px;padding:.5rem}
    svg.chain a:hover rect{fill:#dbe9fb}
    textarea{width:100%;min-height:12rem}
    @media (max-width:600px){main{padding:.5rem}th.wide,td.wide{display:none}}
    </style>
    </head>
    <body>
    <header><a class="brand" href="/">vanban</a><a href="/">Sổ văn bản</a><a href="/check">Kiểm tra dẫn chiếu</a><a href="/lookup">Tra dẫn chiếu dự thảo</a></header>
    <main>
    """

    static let foot = """
    </main>
    </body>
    </html>
    """

    static let register = """
    {{> head}}
    <h1>Sổ văn bản</h1>
    <form class="filters" method="get" action="/">
    <label>Tìm trong trích yếu và nội dung<input type="search" name="q" value="{{q}}" placeholder="vd. thi dua khen thuong"></label>
    <label>Loại văn bản<select name="type"><option value="">Tất cả</option>{{{typeOptions}}}</select></label>
    <label>Cơ quan ban hành<input type="text" name="issuer" value="{{issuer}}"></label>
    <label>Số và ký hiệu<input type="text" name="number" value="{{number}}"></label>
    <label>Từ ngày<input type="text" name="from" value="{{from}}" placeholder="2023 hoặc 01/03/2023"></label>
    <label>Đến ngày<input type="text" name="to" value="{{to}}"></label>
    <button type="submit">Tìm</button>
    </form>
    {{#error}}<p class="error" id="filter-error">{{error}}</p>{{/error}}
    {{^error}}
    <p class="muted" id="total">{{total}} văn bản{{#pageCount}} · trang {{page}}/{{pageCount}}{{/pageCount}}</p>
    <div class="scroll">
    <table id="register">
    <thead><tr><th>Số và ký hiệu</th><th>Ngày</th><th>Loại</th><th>Trích yếu</th><th class="wide">Cơ quan ban hành</th><th class="wide">Người ký</th></tr></thead>
    <tbody>
    {{{rowsHTML}}}
    </tbody>
    </table>
    </div>
    {{^rowsHTML}}<p>Không có văn bản nào khớp.</p>{{/rowsHTML}}
    <div class="pager">{{#previous}}<a href="{{previous}}" rel="prev">← Trang trước</a>{{/previous}}{{#next}}<a href="{{next}}" rel="next">Trang sau →</a>{{/next}}</div>
    {{/error}}
    {{> foot}}
    """

    static let document = """
    {{> head}}
    <h1>{{heading}}</h1>
    <p><a href="/documents/{{id}}/chain" id="chain-link">Xem chuỗi dẫn chiếu</a> · <a href="/api/documents/{{id}}/file">Tệp gốc</a> · <a href="/api/documents/{{id}}">JSON</a></p>
    <div class="doc">
    <section class="original panel">
    {{#isPDF}}<iframe class="pdf" src="/api/documents/{{id}}/file" title="Bản gốc"></iframe>
    <h2>Nội dung (văn bản)</h2>{{/isPDF}}
    {{#textHTML}}<pre class="text" id="text">{{{textHTML}}}</pre>{{/textHTML}}
    {{^textHTML}}<p class="muted">Kho không giữ nội dung văn bản này.</p>{{/textHTML}}
    </section>
    <section class="fields panel">
    <dl class="fields" id="fields">
    {{#fields}}<dt>{{label}}</dt><dd>{{value}}</dd>
    {{/fields}}
    </dl>
    <h2>Văn bản dẫn chiếu ({{citationCount}})</h2>
    <ul class="plain" id="citations">
    {{#citations}}<li data-status="{{method}}">{{#href}}<a class="citation" href="{{href}}">{{text}}</a>{{/href}}{{^href}}<span class="citation">{{text}}</span>{{/href}} <span class="muted">— {{relation}}, {{methodName}}</span></li>
    {{/citations}}
    </ul>
    <h2>Được dẫn chiếu bởi ({{citedByCount}})</h2>
    <ul class="plain" id="cited-by">
    {{#citedBy}}<li><a href="/documents/{{id}}">{{label}}</a> <span class="muted">— {{relation}}</span></li>
    {{/citedBy}}
    </ul>
    </section>
    </div>
    {{> foot}}
    """

    static let chain = """
    {{> head}}
    <h1>Chuỗi dẫn chiếu: {{#archived}}<a href="/documents/{{id}}">{{heading}}</a>{{/archived}}{{^archived}}{{heading}} <span class="muted">(ngoài kho)</span>{{/archived}}</h1>
    <p class="muted">Văn bản được dẫn chiếu ở trên, văn bản dẫn chiếu đến nó ở dưới; mũi tên đi từ văn bản dẫn chiếu đến văn bản được dẫn chiếu. Văn bản ngoài kho vẽ riêng bên phải, viền đứt.</p>
    <div class="chainbox">{{{svg}}}</div>
    <p class="muted">{{nodeCount}} văn bản, {{edgeCount}} dẫn chiếu. <a href="/api/chain/{{id}}">JSON</a></p>
    {{> foot}}
    """

    static let check = """
    {{> head}}
    <h1>Kiểm tra dẫn chiếu</h1>
    <p class="muted" id="finding-count">{{count}} phát hiện</p>
    {{#groups}}
    <h2>{{title}} ({{count}})</h2>
    <div class="scroll"><table class="findings" data-kind="{{kind}}">
    <thead><tr><th>Văn bản</th><th>Chi tiết</th><th>Thư dẫn chiếu</th></tr></thead>
    <tbody>
    {{#items}}<tr><td>{{#href}}<a href="{{href}}">{{subject}}</a>{{/href}}{{^href}}{{subject}}{{/href}}</td><td>{{detail}}</td><td>{{#letters}}<a href="/documents/{{id}}">{{label}}</a> {{/letters}}</td></tr>
    {{/items}}
    </tbody></table></div>
    {{/groups}}
    {{^groups}}<p>Không có phát hiện nào.</p>{{/groups}}
    {{> foot}}
    """

    static let lookup = """
    {{> head}}
    <h1>Tra dẫn chiếu trong dự thảo</h1>
    <form method="post" action="/lookup">
    <label for="draft">Dán nội dung dự thảo:</label>
    <textarea id="draft" name="text">{{text}}</textarea>
    <p><button type="submit">Tra cứu</button></p>
    </form>
    {{#error}}<p class="error">{{error}}</p>{{/error}}
    {{#looked}}
    <h2>{{count}} dẫn chiếu</h2>
    <div class="scroll"><table id="lookup">
    <thead><tr><th>Dẫn chiếu</th><th>Kết quả</th><th>Văn bản trong kho</th></tr></thead>
    <tbody>
    {{#items}}<tr data-status="{{status}}"><td>{{text}}</td><td class="status-{{status}}">{{statusName}}</td><td>{{#documents}}<a href="/documents/{{id}}">{{label}}</a><br>{{/documents}}</td></tr>
    {{/items}}
    </tbody></table></div>
    {{/looked}}
    {{> foot}}
    """

    static let error = """
    {{> head}}
    <h1>{{heading}}</h1>
    <p class="error" data-code="{{code}}">{{message}}</p>
    <p><a href="/">Về sổ văn bản</a></p>
    {{> foot}}
    """
}
