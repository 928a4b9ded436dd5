// Checks exported HTML handouts in a real browser: Debian's Chromium,
// driven by puppeteer-core, opens each file from disk with its network
// cut off and runs axe-core (WCAG 2.1 A and AA) on the page as shown and
// as printed. It fails when the page requests anything (the file:// load
// of the page itself is the only request allowed), when the page's own
// Content-Security-Policy lets an injected script run, when axe finds a
// violation, or when the accessibility tree's headings skip a level. For
// each FILE.html it writes FILE.png (a screenshot), FILE.letter.pdf and
// FILE.a4.pdf (the browser's print) and FILE.tree.txt (the accessibility
// tree as a screen reader's linear view walks it) into OUTDIR.
//
// Usage: node check.mjs OUTDIR FILE.html...
// CHROMIUM names the browser (default /usr/bin/chromium).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Nothing resolves: a request that got past the interception would fail.
  '--host-resolver-rules=MAP * ~NOTFOUND', '--proxy-server=127.0.0.1:9', '--proxy-bypass-list=<-loopback>'];

const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) {
  console.error('usage: node check.mjs OUTDIR FILE.html...');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  const t0 = Date.now();
  const problems = await check(path.resolve(file), outDir);
  const name = path.basename(file);
  if (problems.length > 0) {
    failed = true;
    console.log(`FAIL ${name} (${Date.now() - t0} ms)`);
    for (const p of problems) console.log(`  ${p}`);
  } else {
    console.log(`ok   ${name}: no axe violation (screen and print), no request, scripts blocked (${Date.now() - t0} ms)`);
  }
}
process.exit(failed ? 1 : 0);

// check opens one file in a fresh browser and returns its problems.
async function check(file, outDir) {
  const problems = [];
  const url = pathToFileURL(file).href;
  const base = path.join(outDir, path.basename(file, '.html'));
  const profile = await mkdtemp(path.join(os.tmpdir(), 'a11y-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromium, headless: true, args: [...flags, `--user-data-dir=${profile}`],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 800 });
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (req.url() === url && req.resourceType() === 'document') {
        req.continue();
        return;
      }
      problems.push(`the page requested ${req.resourceType()} ${req.url().slice(0, 120)}`);
      req.abort('blockedbyclient');
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('dialog', async (d) => {
      problems.push(`a script ran: it opened a ${d.type()} "${d.message()}"`);
      await d.dismiss();
    });

    // What the page's own policy refuses never reaches the network, and
    // is a fault all the same.
    await page.evaluateOnNewDocument(() => {
      window.__refused = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__refused.push(`${e.effectiveDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(url, { waitUntil: 'load' });
    for (const r of await page.evaluate(() => window.__refused)) {
      problems.push(`the page tried to load what its policy refuses: ${r.slice(0, 160)}`);
    }
    // The page's own policy: an injected inline script must not run.
    try {
      await page.addScriptTag({ content: 'window.__cspLeak = true;' });
    } catch {
      // Refused by the page's Content-Security-Policy, as it should be.
    }
    if (await page.evaluate(() => window.__cspLeak === true)) {
      problems.push('an inline script ran: the Content-Security-Policy does not forbid scripts');
    }

    // axe is the checker's script, not the page's: it is let in past the
    // page's policy.
    await page.setBypassCSP(true);
    await page.goto(url, { waitUntil: 'load' });
    // The page as shown, then as a screen reader's linear view walks it.
    await page.emulateMediaType('screen');
    await page.screenshot({ path: `${base}.png`, fullPage: true });
    const tree = await page.accessibility.snapshot({ interestingOnly: false });
    const lines = [];
    walk(tree, 0, lines);
    await writeFile(`${base}.tree.txt`, `${lines.join('\n')}\n`);
    problems.push(...treeProblems(tree));

    await page.addScriptTag({ content: axeSource });
    for (const media of ['screen', 'print']) {
      await page.emulateMediaType(media);
      const result = await page.evaluate((tags) => window.axe.run(document, {
        runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'],
      }), wcagTags);
      for (const v of result.violations) {
        problems.push(`axe (${media}): ${v.id} [${v.impact}] ${v.help}`);
        for (const n of v.nodes.slice(0, 5)) {
          problems.push(`    ${n.target.join(' ')}: ${(n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 240)}`);
        }
      }
    }
    await page.emulateMediaType('print');
    for (const format of ['Letter', 'A4']) {
      await page.pdf({ path: `${base}.${format.toLowerCase()}.pdf`, format });
    }
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  }
  return problems;
}

// walk writes the tree in reading order, one node a line, indented, as a
// screen reader's linear view meets it: generic wrappers, text boxes and
// list markers are left out, and so is a text that only repeats the name
// of the node it is in.
function walk(node, depth, lines, parentName = '') {
  if (!node) return;
  const skip = ['none', 'generic', 'InlineTextBox', 'ListMarker'].includes(node.role) && !node.name
    || node.role === 'InlineTextBox' || node.role === 'ListMarker'
    || (node.role === 'StaticText' && node.name === parentName);
  let next = depth;
  if (!skip) {
    let line = `${'  '.repeat(depth)}${node.role}`;
    if (node.role === 'heading') line += ` ${node.level}`;
    if (node.name) line += ` "${clip(node.name)}"`;
    if (node.description) line += ` — description: "${clip(node.description)}"`;
    lines.push(line);
    next = depth + 1;
  }
  for (const c of node.children || []) walk(c, next, lines, node.name || parentName);
}

function clip(s) {
  s = s.replace(/\s+/g, ' ').trim();
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

// treeProblems checks what a screen reader walks: one level-1 heading
// first, no heading level skipped, every image and table named.
function treeProblems(tree) {
  const problems = [];
  const headings = [];
  const visit = (n) => {
    if (!n) return;
    if (n.role === 'heading') headings.push(n);
    if (n.role === 'image' || n.role === 'img') {
      if (!n.name) problems.push('tree: an image without a name');
      if (!n.description) problems.push(`tree: image "${n.name}" without a description`);
      if ((n.children || []).some((c) => c.role === 'StaticText')) problems.push(`tree: image "${n.name}" exposes its drawing's labels`);
    }
    if (n.role === 'table' && !n.name) problems.push('tree: a table without a name');
    for (const c of n.children || []) visit(c);
  };
  visit(tree);
  if (headings.length === 0 || headings[0].level !== 1) {
    problems.push('tree: the first heading is not a level-1 heading');
  }
  if (headings.filter((h) => h.level === 1).length !== 1) problems.push('tree: not exactly one level-1 heading');
  for (let i = 1; i < headings.length; i++) {
    if (headings[i].level > headings[i - 1].level + 1) {
      problems.push(`tree: heading "${headings[i].name}" (level ${headings[i].level}) skips a level`);
    }
  }
  return problems;
}
