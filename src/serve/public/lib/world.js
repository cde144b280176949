// World geometry and country names: served by sitrep itself from the npm package world-atlas, never from the web.
let worldPromise = null;

export function world() {
  worldPromise ??= fetch('/world.json').then((r) => {
    if (!r.ok) throw new Error(`world geometry: HTTP ${r.status}`);
    return r.json();
  });
  return worldPromise;
}

export async function countryNames() {
  return (await world()).countries;
}

export async function countryName(code) {
  if (!code) return '';
  const names = await countryNames();
  return names[code]?.name ?? code;
}
