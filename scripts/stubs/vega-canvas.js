// Stand-in for vega-canvas in Node bundles: reports and tests render SVG with renderer 'none',
// which needs no canvas; vega then estimates text widths. (The real module's Node build uses
// top-level await to probe for the optional native `canvas` package.)
export function canvas() {
  return null;
}
export function image() {
  return null;
}
