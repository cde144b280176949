// Working records of the entity recogniser, between the patterns and the linked entities.
import type { EntityType, MentionKind } from '../../model.ts';
import type { Place } from '../gazetteer/places.ts';
import type { Gender } from './lexicon.ts';

/** A name (or demonym) found in the text, typed when the patterns could type it. */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  /** null: a bare capitalised word whose type only linking can tell ("Rubio", "Dar"). */
  type: EntityType | null;
  kind: MentionKind;
  /** Token index range of the name. */
  from: number;
  to: number;
  /** Canonical name when it differs from the text (a country named by its demonym). */
  canonical?: string;
  /** ISO alpha-3 affiliation or location that the mention itself gives. */
  country: string | null;
  /** The affiliation is stated by the title (blocks inference from context). */
  countryExplicit: boolean;
  roles: string[];
  gender?: Gender | null;
  place?: Place | null;
  /** A gazetteer reading too weak alone (a place named by a common word), for the list rule. */
  candidate?: Place | null;
  /** What the surrounding words say the bare word is. */
  cue?: 'locative' | 'speech' | 'person-title';
  /** Typed PERSON only because nothing else fitted: other evidence may retype it. */
  guessed?: boolean;
  /** Offsets of the title phrase attached to the name, when any. */
  titleStart?: number;
  /** Token range of the organisation the title names ("IAEA Director General", "head of the X"). */
  org?: { from: number; to: number };
}
