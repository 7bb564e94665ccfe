// The held marketing tag: records when it ran (ms since navigation start) for the benchmark.
;(window.__bench || (window.__bench = { tags: {} })).tags.marketing = performance.now()
