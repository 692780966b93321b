/** The kinds of entity the extractor knows, in output order. */
export const KINDS = ['dates', 'people', 'roles', 'countries', 'initiatives', 'organizations', 'places'] as const;
export type Kind = (typeof KINDS)[number];

/** One occurrence in the text: `text === input.slice(start, end)`, UTF-16 offsets, end exclusive. */
export interface Mention {
  text: string;
  start: number;
  end: number;
  /**
   * Which rule or cue produced the mention ("month-day", "amount + around"): kept only with `explain` (the CLI's
   * `--explain`), for a user asking why an entity came out as it did. Never part of the default output.
   */
  why?: string;
}

export interface Entity {
  /** Canonical form: the fullest name seen. */
  name: string;
  mentions: Mention[];
}

export type DateKind = 'date' | 'time' | 'duration' | 'set';

export interface DateEntity extends Entity {
  /** TIMEX3 value: `2024-03-21`, `2023-12`, `P3D`, `PRESENT_REF`, `XXXX-12`... */
  value: string;
  kind: DateKind;
}

export interface RoleLink {
  title: string;
  organization: string | null;
  /** Present (true) when the text says the person held the title before ("former", "resigned as"). */
  former?: true;
}

export interface PersonEntity extends Entity {
  roles: RoleLink[];
}

export interface RoleEntity extends Entity {
  title: string;
  person: string | null;
  organization: string | null;
  /** Present (true) when the text says the person held the title before: "former prime minister", "then the
   * chairman", "resigned as general manager". */
  former?: true;
}

/** What an initiative is, by its head noun ("merger" -> deal, "talks" -> talks, "statute" -> law). */
export type InitiativeKind = 'programme' | 'system' | 'agreement' | 'law' | 'plan' | 'policy' | 'sanctions' | 'talks'
  | 'investigation' | 'campaign' | 'fund' | 'partnership' | 'mission' | 'deal';

export interface InitiativeEntity extends Entity {
  kind: InitiativeKind;
  /**
   * Who the text says launched, signed, proposed, ran or joined it: countries by ISO code, organizations and people
   * by name, in order of appearance; empty when the text does not say.
   */
  actors: string[];
}

export interface CountryEntity extends Entity {
  /** ISO 3166-1 alpha-2. */
  code: string;
}

export interface Extraction {
  file: string;
  /** Present in JSON Lines input: the caller's id, echoed back. */
  id?: string | number;
  documentDate: string | null;
  dates?: DateEntity[];
  people?: PersonEntity[];
  roles?: RoleEntity[];
  countries?: CountryEntity[];
  initiatives?: InitiativeEntity[];
  organizations?: Entity[];
  places?: Entity[];
}

export interface ExtractOptions {
  /** Names the article in the output (`file`). Default `-`. */
  source?: string;
  /** Document date to use when the article states none (YYYY-MM-DD). */
  date?: string;
  /** A document date that wins over anything in the text (JSON Lines input's `date`). */
  documentDate?: string;
  /** Which kinds to extract; default all. */
  types?: readonly Kind[];
  /**
   * Called when one extractor fails on this article (a rule bug on odd input). The other kinds are still
   * returned; the failed kind comes back empty. Default: the error is ignored.
   */
  onError?: (stage: string, error: unknown) => void;
  /** Keep each mention's `why` (the rule or cue that produced it). Default false: mentions carry no `why`. */
  explain?: boolean;
  /**
   * Which tagger tags the words: `full` (default, compromise's whole parse), `pre` (compromise without its
   * postTagger), `fast` (one pass over compromise's lexicon and suffix rules). See README, Speed.
   */
  tagger?: 'full' | 'pre' | 'fast';
}
