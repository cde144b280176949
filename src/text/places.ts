// Place check for datelines and desk lines: countries and capitals. The entity layer has the full gazetteer.
import { countryByCapital, countryByName } from '../extract/gazetteer/countries.ts';

export function isKnownPlace(name: string): boolean {
  const head = name.replace(/,?\s*D\.?C\.?$/i, '');
  return !!(countryByCapital(name) ?? countryByName(name) ?? countryByCapital(head));
}
