import type { PublicCertificate } from './certificate-view';

/**
 * The public verification page opened from a certificate's QR code: plain HTML with inline
 * styles, no script and no framework, so it is a few kilobytes and readable on any phone.
 */
const STYLE = `*{box-sizing:border-box}body{margin:0;font:16px/1.6 -apple-system,"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;background:#f3f5f8;color:#1f2329}
header{background:#b71c1c;color:#fff;padding:14px 16px;font-size:18px;font-weight:600}
main{max-width:560px;margin:0 auto;padding:16px}
.card{background:#fff;border-radius:10px;padding:18px 16px;box-shadow:0 1px 3px rgba(0,0,0,.08);margin-bottom:16px}
.badge{display:inline-block;padding:4px 12px;border-radius:14px;font-weight:600;font-size:15px}
.ok{background:#e8f5e9;color:#1b5e20}.bad{background:#ffebee;color:#b71c1c}.warn{background:#fff8e1;color:#8d6e00}
h1{font-size:20px;margin:10px 0 6px}dl{margin:12px 0 0;display:grid;grid-template-columns:6.5em 1fr;gap:8px 10px}
dt{color:#646a73}dd{margin:0;word-break:break-all}
form{display:flex;gap:8px}input{flex:1;min-width:0;font:inherit;padding:9px 10px;border:1px solid #c9cdd4;border-radius:6px}
button{font:inherit;padding:9px 16px;border:0;border-radius:6px;background:#b71c1c;color:#fff}
p.note{color:#646a73;font-size:13px;margin:8px 0 0}footer{text-align:center;color:#8f959e;font-size:12px;padding:8px 16px 24px}`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function layout(title: string, body: string, number = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><header>职称证书查验</header><main>${body}<div class="card"><form method="get" action="/verify"><input name="number" value="${escapeHtml(number)}" placeholder="输入21位证书编号" maxlength="30" inputmode="text" aria-label="证书编号"><button type="submit">查验</button></form><p class="note">证书编号见电子证书右下方；也可扫描证书上的二维码。电子证书的SM2签名可离线核验：zhiping certificate verify 证书.pdf</p></div></main><footer>职评 · 职称评审管理信息系统 · 查验结果以本页实时显示为准</footer></body></html>`;
}

/** The page for a certificate that exists: its status first, then what it certifies. */
export function verifyResultPage(c: PublicCertificate): string {
  const valid = c.status === 'valid';
  const rows: [string, string][] = [
    ['证书编号', c.number],
    ['持证人', c.holder],
    ['职称名称', c.title],
    ['系列', c.series],
    ['专业', c.specialty],
    ['层级', c.level],
    ['评审机构', c.committee],
    ['发文文号', c.announcement],
    ['取得日期', c.issuedOn],
  ];
  if (!valid && c.revokedOn) rows.push(['撤销日期', c.revokedOn]);
  const body = `<div class="card"><span class="badge ${valid ? 'ok' : 'bad'}">${valid ? '✓ 证书有效' : '✕ 证书已撤销，不再有效'}</span><h1>${escapeHtml(c.title)}</h1><dl>${rows
    .map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v)}</dd>`)
    .join(
      '',
    )}</dl><p class="note">为保护个人信息，持证人姓名已部分隐去，不显示身份证号码等个人标识。</p></div>`;
  return layout(`${valid ? '证书有效' : '证书已撤销'} · ${c.number}`, body, c.number);
}

/** The page for a number that is malformed (400) or unknown (404), or for the empty form. */
export function verifyMessagePage(
  kind: 'invalid' | 'unknown' | 'form' | 'busy',
  message: string,
  number = '',
): string {
  const badge =
    kind === 'form'
      ? ''
      : `<span class="badge ${kind === 'unknown' ? 'bad' : 'warn'}">${kind === 'unknown' ? '未查到该证书' : kind === 'busy' ? '请稍后再试' : '编号有误'}</span>`;
  return layout('职称证书查验', `<div class="card">${badge}<p>${escapeHtml(message)}</p></div>`, number);
}
