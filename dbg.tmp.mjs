import { chromium } from 'playwright-core'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] })
const p = await b.newPage()
p.on('console', m => console.log('console', m.type(), m.text()))
p.on('pageerror', e => console.log('pageerror', e.message))
await p.goto(process.argv[2] ?? 'http://localhost:4399/')
console.log(await p.evaluate(() => typeof window.consentry + ' ' + Object.keys(window.consentry)))
await b.close()
