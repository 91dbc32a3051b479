// The one seeded random source (mulberry32) of the project, in plain JavaScript so that the
// data generators (scripts/, bench/) run it without a build and the analytics import it typed
// through mulberry32.d.mts. Changing it changes every generated sample: keep it as it is.
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
