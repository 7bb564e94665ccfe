// Fills the demo's receipts page from /demo/receipts.json (latest receipts, counts, a real verify run).
// Text only (textContent), since receipt fields come from visitors.
const row = (cells) => {
  const tr = document.createElement('tr')
  for (const cell of cells) {
    const td = document.createElement('td')
    td.textContent = cell
    tr.append(td)
  }
  return tr
}

const fill = (selector, rows) => document.querySelector(`${selector} tbody`).replaceChildren(...rows.map(row))

const short = (hash) => (hash ? `${hash.slice(0, 12)}…` : '')

// Stored bodies are canonical JSON (keys sorted); show the standard categories in their usual order.
const ORDER = ['functional', 'performance', 'marketing']

const choicesOf = (receipt) =>
  receipt
    ? Object.entries(receipt.choices)
        .filter(([id]) => id !== 'necessary')
        .sort(([a], [b]) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99))
        .map(([id, on]) => `${id} ${on ? '✓' : '✗'}`)
        .join(', ')
    : '(erased)'

const render = ({ latest, stats, verify, keyId }) => {
  const status = document.querySelector('#chain-status')
  status.className = verify.ok ? 'ok' : 'broken'
  status.textContent = verify.ok
    ? `chain verified ✓ — ${stats.total} receipts, head #${verify.head.seq} ${short(verify.head.hash)}; ` +
      `${verify.checkpoints.checked} signed checkpoints checked with public key ${keyId}`
    : `chain BROKEN ✗ — ${verify.error.reason}`
  fill('#by-event', Object.entries(stats.byEvent).map(([event, n]) => [event, String(n)]))
  fill('#by-choice', Object.entries(stats.byChoice).map(([category, { on, off }]) => [category, String(on), String(off)]))
  fill(
    '#latest',
    latest.map((stored) => [
      String(stored.seq),
      new Date(stored.receivedAt).toLocaleString(),
      stored.consentId ?? '(erased)',
      stored.receipt?.event ?? '',
      choicesOf(stored.receipt),
      stored.receipt ? [stored.receipt.surface, stored.receipt.action].filter(Boolean).join(' / ') : '',
      short(stored.receipt?.bannerHash),
      short(stored.hash),
    ]),
  )
}

const refresh = async () => {
  try {
    const response = await fetch('/demo/receipts.json', { cache: 'no-store' })
    render(await response.json())
  } catch (error) {
    document.querySelector('#chain-status').textContent = `Could not load the proof log: ${error.message}`
  }
}

document.querySelector('#refresh').addEventListener('click', refresh)
refresh()
