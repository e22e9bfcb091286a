// The speaker registry of one analysis: one speaker per person, organisation or unnamed source,
// the fullest name as canonical (Chris Lehane = Lehane = Mr Lehane), with the role and
// organisation the article states. Pure: imports nothing from editors, LSP or Node.
import type { Span, Speaker, SpeakerKind } from './types';
import type { Token } from './tokens';
import { type NameRun, GENERATIONS, JOB_ACRONYMS, MIDDLE_INITIAL, PLAIN_NAME, isNameParticle } from './names';
import { DOCUMENT_NOUNS, FAMILY, NAME_WORDS_OF, KIN_SEX, FEMALE_FIRST_NAMES, FEMALE_TITLES, FirstNames, MALE_FIRST_NAMES, MALE_TITLES, ORGANIZATION_DESCRIPTIONS, ORGANIZATION_WORDS, PLACES, ROLE_NOUNS, SOURCE_NOUNS, words } from './lexicon';
import { type BodyBefore, ORGANIZATION_NOUNS, type Role, type RoleArticle, findRole, roleOfUnnamed } from './roles';
import { LEX_CUE, LEX_ROLE_NOUN } from './wordClasses';
import { endsPossessive } from './chars';
import { countBefore } from './search';

/** A speaker being built, with what pronoun resolution needs to know. */
export interface SpeakerDraft extends Speaker {
  gender: 'm' | 'f' | null;
  /**
   * Whether `gender` comes only from the first name's usual sex (lexicon.ts), which a title or a
   * pronoun may overrule: Robin, Sam, Jan or Oluwaseun may be a woman, Nicola a man.
   */
  genderByName: boolean;
  /** How many claims this speaker stands behind. */
  claimCount: number;
}

/** Builds speakers while quotes are attributed, then hands them out in order of first mention. */
export class SpeakerRegistry {
  private readonly byKey = new Map<string, SpeakerDraft>();
  /** Full (multi-word) names of the article, indexed by their last word. */
  private readonly fullNames = new Map<string, NameGroups>();
  /** Full names indexed by their first word ("Sir Malcolm" is Malcolm Tate). */
  private readonly firstNames = new Map<string, NameGroups>();
  /**
   * Full names of three words or more indexed by their inner words ("Aaron Tan Boon Heng" by Tan,
   * "Joaquim Batista dos Santos" by Batista), for a one-word mention no first or last word explains.
   */
  private readonly innerNames = new Map<string, NameGroups>();
  /** Every name run by its canonical name, built on first use. */
  private runsByName: Map<string, NameRun[]> | null = null;
  /** Speakers whose role has been looked for among all their mentions. */
  private readonly roleSought = new Set<SpeakerDraft>();

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly runs: NameRun[],
    /** The first token of the sentence holding a token (the attribution's sentences). */
    private readonly sentenceStart: (at: number) => number,
  ) {
    let actors: Set<string> | null = null;
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r];
      // "Derek and Pauline Shaw": the first of a couple shares the surname after "and".
      const partner = runs[r + 1];
      // ("Bernie and Colin Hartwell": one known first name is enough. Without one, "Retired couple
      // Voni and Colin Hartwell", or a first name that acts as a person's elsewhere ("Voni, 67,
      // said"): not "Texas and Southern Oklahoma".)
      if (run.words.length === 1 && run.title === null && tokens[run.to]?.lower === 'and' && partner !== undefined && partner.from === run.to + 1 && partner.words.length >= 2 && partner.words.length <= 3 && /^\p{Lu}\p{Ll}+$/u.test(run.words[0]) && (isKnownFirstName(run.words[0]) || isKnownFirstName(partner.words[0]) || (partner.words.length === 2 && looksLikePersonName(partner) && (afterCouple(tokens, run.from) || (actors ??= personLikeWords(tokens, runs)).has(run.words[0]))))) {
        const words = [run.words[0], ...partner.words.slice(1)];
        addToGroup(this.fullNames, words[words.length - 1].toLowerCase(), { ...run, name: words.join(' '), words }, true);
        addToGroup(this.firstNames, words[0], { ...run, name: words.join(' '), words }, true);
      }
      // "The Lowthers, Graham and Patricia,": a family's surname, then its members' first names.
      const a = runs[r + 1];
      const b = runs[r + 2];
      if (run.words.length === 1 && tokens[run.from - 1]?.lower === 'the' && /^\p{Lu}\p{Ll}+s$/u.test(run.words[0]) && tokens[run.to]?.text === ',' && a !== undefined && b !== undefined && a.from === run.to + 1 && a.words.length === 1 && tokens[a.to]?.lower === 'and' && b.from === a.to + 1 && b.words.length === 1 && (isKnownFirstName(a.words[0]) || isKnownFirstName(b.words[0]))) {
        const surname = run.words[0].slice(0, -1);
        for (const member of [a, b]) {
          const words = [member.words[0], surname];
          addToGroup(this.firstNames, words[0], { ...member, name: words.join(' '), words }, true);
          addToGroup(this.fullNames, surname.toLowerCase(), { ...member, name: words.join(' '), words }, false);
        }
      }
      // "Kasim Yusuf’s sister, Amira,": a relative named by first name shares the surname.
      const owner = runs[r - 1];
      // ("Tom Reed and his wife, Ann,", "Graham Lowther, 71, and his wife Patricia, 68,": "his" for a
      // full name just before, in the same sentence; the comma after the family word may be left out.)
      const relation = tokens[run.from - 1]?.text === ',' ? run.from - 2 : run.from - 1;
      const byPronoun = owner !== undefined && owner.words.length >= 2 && /^(?:his|her|their)$/.test(tokens[relation - 1]?.lower ?? '') && owner.to <= relation - 1 && relation - 1 - owner.to <= 4 && tokens.slice(owner.to, relation - 1).every((t) => (t.word && !t.cap) || t.text === ',' || /^\d{1,3}$/.test(t.text));
      if (run.words.length === 1 && run.title === null && owner !== undefined && owner.words.length >= 1 && FAMILY.has(tokens[relation]?.lower ?? '') && (byPronoun || (relation === run.from - 2 && owner.to === relation && endsPossessive(tokens[owner.to - 1].text))) && (isKnownFirstName(run.words[0]) || isSetOffFirstName(tokens, run))) {
        const surname = this.surnameOf(owner);
        if (surname !== null) {
          // The first name leads to it; the surname alone still means whoever the article is about
          // (a title's sex may choose the relative: "Patricia Lowther and her husband, Graham … Mr Lowther").
          const words = [run.words[0], surname];
          addToGroup(this.firstNames, words[0], { ...run, name: words.join(' '), words }, true);
          addToGroup(this.fullNames, surname.toLowerCase(), { ...run, name: words.join(' '), words }, false);
        }
      }
      if (tokens[run.to]?.text === '(' && tokens[run.to + 2]?.text === ')' && tokens[run.to + 1].word && tokens[run.to + 1].cap && run.words.length >= 2) {
        this.acronyms.set(tokens[run.to + 1].text, run);
      }
      if (run.words.length < 2) continue;
      // "the grandson of Arne Gunderson": a name after a preposition is mentioned, not in the news.
      // "read aloud: Daniel Moreno, 15; Grace Ashford, 16;": names in a roll with their ages are listed, not in the news.
      const listed = (tokens[run.from - 1]?.text === ':' || tokens[run.from - 1]?.text === ';') && tokens[run.to]?.text === ',' && /^\d{1,3}$/.test(tokens[run.to + 1]?.text ?? '') && /^[;.]$/.test(tokens[run.to + 2]?.text ?? '');
      // ("daughter Juniper Rose Reyes": a relative named after the family word is not who the story is about.)
      const asSubject = !listed && !MENTIONED_AFTER.has(tokens[run.from - 1]?.lower ?? '') && !KIN_SEX.has(tokens[run.from - 1]?.lower ?? '');
      if (asSubject) this.subjectMentions.push(run.start);
      addToGroup(this.fullNames, run.words[run.words.length - 1].toLowerCase(), run, asSubject);
      addToGroup(this.firstNames, run.words[0], run, asSubject);
      // "Vincent Tam Chi-keung" is Tam: a Cantonese given name (Chi-keung) follows the surname.
      if (run.words.length >= 3 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(run.words[run.words.length - 1])) addToGroup(this.fullNames, run.words[run.words.length - 2].toLowerCase(), run, asSubject);
      // "Choi Min-seok" is Choi: a Korean or Chinese given name of two joined syllables follows the surname.
      if (run.words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(run.words[1]) && /^\p{Lu}\p{Ll}{0,4}$/u.test(run.words[0])) addToGroup(this.fullNames, run.words[0].toLowerCase(), run, asSubject);
      if (run.words.length >= 3) {
        for (let k = 1; k < run.words.length - 1; k++) if (PLAIN_NAME.test(run.words[k]) && !isNameParticle(run.words[k])) addToGroup(this.innerNames, run.words[k].toLowerCase(), run, asSubject);
      }
    }
    // "Solent Water’s chief executive", "Acme's spokeswoman": whoever has a chief executive or a
    // spokesperson is an organisation, however much its name looks like a person's.
    for (const run of runs) {
      const owner = tokens[run.to - 1];
      const next = tokens[run.to];
      const ownsWithS = endsPossessive(owner.text);
      const possessive = ownsWithS || ((next?.text === "'" || next?.text === '\u2019') && owner.text.endsWith('s'));
      const after = tokens[run.to + (possessive && !ownsWithS ? 1 : 0)];
      // "Cruise Ireland, which represents port companies, said": a body is "which", a person "who".
      if (next?.text === ',' && tokens[run.to + 1]?.lower === 'which' && run.words.length >= 2 && !isKnownFirstName(run.words[0]) && !/^(?:in|at|on|from|to|near)$/.test(tokens[run.from - 1]?.lower ?? '')) this.organizations.add(this.canonicalName(run));
      // "Westline Terminals, the Seattle-based company behind the project,": described as a body.
      if (next?.text === ',' && /^(?:the|a|an)$/.test(tokens[run.to + 1]?.lower ?? '') && !isKnownFirstName(run.words[0])) {
        // The head noun: the last lower-case word before punctuation or a preposition.
        // "the San Francisco startup": place names before it are skipped.
        let k = run.to + 2;
        while (k + 1 < tokens.length && k < run.to + 5 && tokens[k].word && tokens[k].cap && tokens[k + 1].word) k++;
        const from = k;
        while (k + 1 < tokens.length && k < from + 4 && tokens[k + 1].word && !tokens[k + 1].cap && !APPOSITIVE_ENDS.has(tokens[k + 1].lower)) k++;
        const head = tokens[k];
        // ("Kivien Sims, a retired mail carrier,": only a person retires.)
        let personal = false;
        for (let m = from; m < k && !personal; m++) personal = PERSONAL_MODIFIERS.has(tokens[m].lower);
        if (head !== undefined && head.word && !head.cap && ORGANIZATION_DESCRIPTIONS.has(head.lower) && (head.lex & LEX_ROLE_NOUN) === 0 && !personal) this.organizations.add(this.canonicalName(run));
      }
      // "Vantage Signal says its data is anonymized": a name that owns "its" is a body.
      if (!possessive && next !== undefined && next.word && !next.cap && (next.lex & LEX_CUE) !== 0 && tokens[run.to + 1]?.lower === 'its' && !isKnownFirstName(run.words[0])) this.organizations.add(this.canonicalName(run));
      // "a Lumora spokesperson": a spokesperson straight after a name speaks for a body.
      if (!possessive && next !== undefined && next.word && !next.cap && /^(?:spokesman|spokeswoman|spokesperson)$/.test(next.lower) && !isKnownFirstName(run.words[0])) this.organizations.add(this.canonicalName(run));
      if (possessive && after !== undefined && after.word && /^(?:chief|spokesman|spokeswoman|spokesperson|board|chair|chairman|chairwoman|shareholders|staff|employees|headquarters|ceo|founder|co-founder|founders|directors|workforce|customers)$/.test(after.lower)) {
        this.organizations.add(this.canonicalName(run));
      }
    }
  }

  /** The surname of a person's name mention, from the fullest form the article has given so far. */
  private surnameOf(owner: NameRun): string | null {
    if (owner.words.length >= 2) return owner.words[owner.words.length - 1];
    // "Kasim’s sister": the full name given before for that first name or surname.
    const byLast = this.fullNames.get(owner.words[0].toLowerCase())?.groups[0];
    if (byLast !== undefined) return owner.words[0];
    const byFirst = this.firstNames.get(owner.words[0])?.groups[0];
    return byFirst !== undefined && byFirst.run.words.length >= 2 ? byFirst.run.words[byFirst.run.words.length - 1] : null;
  }

  /** Where full names are mentioned as subjects, in order. */
  private readonly subjectMentions: number[] = [];

  /** Acronyms the article defines in brackets after a name ("… Affairs (Ocha)"). */
  private readonly acronyms = new Map<string, NameRun>();

  /** Names of three words or more by their initials ("ASP" for Alliance of Studio Producers), built on first use. */
  private byInitials: Map<string, NameRun | null> | null = null;

  /**
   * "the Alliance of Studio Producers … The ASP said": a word in capitals that spells the initials
   * of a name (small words left out), when only one name does; null when several do. The caller
   * checks that the name was given before the mention.
   */
  private initialsOf(run: NameRun): NameRun | null | undefined {
    return run.words.length !== 1 || run.title !== null ? undefined : this.nameOfInitials(run.words[0]);
  }

  /** The one name whose initials `word` spells (see initialsOf). */
  private nameOfInitials(word: string): NameRun | null | undefined {
    // ("the Ministry of Defence … the MoD": small letters for the small words.)
    if (word.length < 2 || word.length > 6 || !/^[A-Z][A-Za-z]*[A-Z]$/.test(word)) return undefined;
    const letters = word.replace(/[a-z]/g, '');
    if (this.byInitials === null) {
      this.byInitials = new Map();
      // Each distinct name is spelled once, at its first mention: a name's later mentions change nothing.
      const spelled = new Set<string>();
      for (const r of this.runs) {
        // (A name of one word spells no initials.)
        if (r.words.length < 2 || spelled.has(r.name)) continue;
        spelled.add(r.name);
        const capitals = r.words.filter((w) => !/^(?:of|for|the|and|on|in|&)$/i.test(w));
        if (capitals.length < 2 || capitals.length > 6 || !capitals.every((w) => /^\p{Lu}/u.test(w))) continue;
        const initials = capitals.map((w) => w[0]).join('');
        const known = this.byInitials.get(initials);
        if (known === undefined) this.byInitials.set(initials, r);
        else if (known !== null && known.name !== r.name) this.byInitials.set(initials, null);
      }
    }
    return this.byInitials.get(letters);
  }

  /** Names the article shows to be organisations (they have a chief executive, a spokesperson…). */
  private readonly organizations = new Set<string>();

  /** The canonical form of a name mention: the fullest name the article gives it. */
  canonicalName(run: NameRun): string {
    // Asked many times for the same mention by the passes of attribution: computed once.
    // (A run that is itself the first of its mention is found straight away.)
    const known = this.canonical.get(run);
    if (known !== undefined) return known;
    const mention = this.sameMention(run);
    let name = this.canonical.get(mention);
    if (name === undefined) this.canonical.set(mention, (name = this.computeCanonicalName(mention)));
    return name;
  }

  private readonly canonical = new Map<NameRun, string>();

  /**
   * The first run seen for the same mention as `run`: same place, words and title. The name readers
   * build a new run each time they read a mention, so the per-mention caches key on this one.
   */
  private sameMention(run: NameRun): NameRun {
    const seen = this.mentionsAt.get(run.start);
    if (seen === undefined) {
      this.mentionsAt.set(run.start, [run]);
      return run;
    }
    for (const m of seen) if (m === run || (m.end === run.end && m.name === run.name && m.title === run.title)) return m;
    seen.push(run);
    return run;
  }

  /** The distinct runs seen so far, by the offset where they start. */
  private readonly mentionsAt = new Map<number, NameRun[]>();

  /** The canonical names of the full (multi-word) names asked about so far. */
  private readonly canonicalOfFullName = new Map<string, string>();

  /** Names with a corporate ending by the name without it ("brightway stores" → Brightway Stores Inc.), built on first use. */
  private withCorporateEnding: Map<string, NameRun> | null = null;

  /** Names with a corporate ending by their first words, when only one such name starts with them (null: several); built with withCorporateEnding. */
  private readonly corporatePrefixes = new Map<string, NameRun | null>();

  private computeCanonicalName(run: NameRun): string {
    // "Brightway Stores … Brightway Stores Inc.": the fullest name keeps the company's ending.
    if (this.withCorporateEnding === null) {
      this.withCorporateEnding = new Map();
      for (const r of this.runs) {
        if (r.words.length >= 2 && CORPORATE_ENDINGS.has(r.words[r.words.length - 1].toLowerCase().replace(/\.$/, ''))) {
          this.withCorporateEnding.set(r.words.slice(0, -1).join(' ').toLowerCase(), r);
          // "Ozark Crest" for Ozark Crest Residential LLC: the first two words or more, when only one
          // such company starts with them.
          for (let k = 2; k < r.words.length - 1; k++) {
            const prefix = r.words.slice(0, k).join(' ').toLowerCase();
            const known = this.corporatePrefixes.get(prefix);
            this.corporatePrefixes.set(prefix, known === undefined || (known !== null && known.name === r.name) ? r : null);
          }
        }
      }
    }
    // (Most articles name no company with its ending: then no name is lower-cased for the look-up.)
    if (this.withCorporateEnding.size > 0) {
      const lower = run.name.toLowerCase();
      const incorporated = this.withCorporateEnding.get(lower) ?? (run.title === null && !isKnownFirstName(run.words[0]) ? this.corporatePrefixes.get(lower) : undefined);
      if (incorporated !== undefined && incorporated !== null && incorporated !== run) return incorporated.name;
    }
    if (run.words.length >= 2) {
      // A full name's canonical form depends on its words alone: found once for all its mentions.
      let canonical = this.canonicalOfFullName.get(run.name);
      if (canonical === undefined) {
        const last = run.words[run.words.length - 1];
        const tail = ` ${run.name.toLowerCase()}`;
        const named = this.fullNames.get(last.toLowerCase());
        // (Only when the list holds a longer name at all: most names are as long as any that share their last word.)
        const longer = named === undefined || named.mostWords <= run.words.length ? undefined : named.groups.find((g) => g.run.words.length > run.words.length && g.lowerName.endsWith(tail));
        // "Mohd Azhar told reporters" of Datuk Mohd Azhar Kamaruddin: the start of one longer name only;
        // "Anisur Rahman said" of Md Anisur Rahman Bhuiyan, "Iqbal Hossain" of Mohammad Iqbal Hossain
        // Khan: the inside of one longer name only.
        const head = `${run.name.toLowerCase()} `;
        const starting = longer === undefined && run.title === null ? this.firstNames.get(run.words[0])?.groups.filter((g) => g.run.words.length > run.words.length && g.lowerName.startsWith(head)) : undefined;
        // ("De la Garza said" of José Antonio de la Garza Treviño: a surname's particles, then its word.)
        const key = run.words.find((w) => !isNameParticle(w.toLowerCase())) ?? run.words[0];
        const inside = longer === undefined && run.title === null && (starting === undefined || starting.length === 0) ? this.innerNames.get(key.toLowerCase())?.groups.filter((g) => g.run.words.length > run.words.length && ` ${g.lowerName} `.includes(` ${head}`)) : undefined;
        const within = starting !== undefined && starting.length === 1 ? starting[0] : inside !== undefined && inside.length === 1 ? inside[0] : undefined;
        this.canonicalOfFullName.set(run.name, (canonical = longer?.run.name ?? within?.run.name ?? run.name));
      }
      return canonical;
    }
    const forms = this.oneWordFormsOf(run);
    if (forms.place) return run.name;
    // "UN Office for the Coordination of Humanitarian Affairs (Ocha)": the acronym stands for the
    // name; initials stand for a name given before the mention.
    const expanded = forms.acronym ?? (forms.initials !== null && forms.initials !== undefined && forms.initials.start <= run.start ? forms.initials : undefined);
    if (expanded !== undefined) return this.canonicalName(expanded);
    const candidates = forms.candidates;
    if (candidates === undefined || candidates.length === 0) return run.name;
    // The fullest name; among equals, the one mentioned most recently before this mention, else
    // the first one the article gives.
    // (Full names are all equals: "Juniper Rose Reyes" is not more Reyes than Jonah Reyes is.)
    const full = candidates.some((g) => g.run.words.length >= 2);
    const equal = (g: NameGroup): boolean => !full || g.run.words.length >= 2;
    // Among equals, the one the article introduced first as a subject: a surname alone means the
    // person the story is about, relatives being given their full or first names ("Gordon Tulloch …
    // His son, Euan Tulloch, … Tulloch's worst moment"); mentions after a preposition count last.
    let best: NameGroup | undefined;
    let bestAt = Infinity;
    // … unless one of them was just the subject ("Lisa Moreno, whose son Daniel …, said …⏎“…,”
    // Moreno told CBS News"): the latest subject mention within the last few hundred characters.
    let recent: NameGroup | undefined;
    let recentAt = -1;
    for (const g of candidates) {
      if (!equal(g)) continue;
      // The group's last subject mention before this one (a binary search: a name of a long text
      // has thousands of mentions).
      const before = countBefore(g.subjectStarts, (s) => s < run.start);
      if (before === 0) continue;
      const at = g.subjectStarts[before - 1];
      if (run.start - at <= RECENT_SUBJECT && at > recentAt) {
        recent = g;
        recentAt = at;
      }
    }
    // Only when nobody else has been a subject since (an obituary's son quoted before two colleagues
    // is not the "Tulloch" of the next paragraph).
    if (recent !== undefined && this.subjectMentions[countBefore(this.subjectMentions, (s) => s < run.start) - 1] === recentAt) return this.canonicalName(recent.run);
    for (const g of candidates) {
      if (!equal(g)) continue;
      best ??= g;
      const firstSubject = g.subjectStarts.length > 0 && g.subjectStarts[0] <= run.start ? g.subjectStarts[0] : -1;
      const at = firstSubject >= 0 ? firstSubject : g.starts[0] <= run.start ? g.starts[0] + 1e9 : Infinity;
      if (at < bestAt) {
        best = g;
        bestAt = at;
      }
    }
    if (best === undefined) return run.name;
    return best.run.words.length >= 2 ? this.canonicalName(best.run) : best.run.name;
  }

  /** Names in lower case, by the name as written: a surname is mentioned again and again. */
  private readonly lowerCase = new Map<string, string>();

  private lowerCaseOf(name: string): string {
    let lower = this.lowerCase.get(name);
    if (lower === undefined) this.lowerCase.set(name, (lower = name.toLowerCase()));
    return lower;
  }

  /** The forms of the one-word names mentioned without a title, by the name. */
  private readonly untitledForms = new Map<string, OneWordForms>();

  /**
   * What a one-word mention may stand for, wherever it is: itself when it is a place, the name of an
   * acronym or of initials, or the full names it may be short for. It depends on the name and its
   * title alone, so a name mentioned without a title is worked out once for all its mentions.
   */
  private oneWordFormsOf(run: NameRun): OneWordForms {
    const known = run.title === null ? this.untitledForms.get(run.name) : undefined;
    if (known !== undefined) return known;
    const forms = this.computeOneWordForms(run);
    if (run.title === null) this.untitledForms.set(run.name, forms);
    return forms;
  }

  private computeOneWordForms(run: NameRun): OneWordForms {
    // "in Scotland" is not Police Scotland, nor "England" the Bank of England.
    if (PLACES.has(run.name)) return { place: true, acronym: undefined, initials: undefined, candidates: undefined };
    const acronym = this.acronyms.get(run.name);
    const initials = acronym === undefined ? this.initialsOf(run) : undefined;
    // "Jess" is Jess Abernathy (a first name alone, once the full name is given); "Brightwater" is
    // Brightwater Foods.
    const byFirst = this.firstNames.get(run.name)?.groups;
    // ("Rosli said" of Datuk Haji Rosli Mat Yunus: a titled full name is a person's.)
    let candidates = this.fullNames.get(this.lowerCaseOf(run.name))?.groups ?? (run.title !== null || isKnownFirstName(run.name) ? byFirst : byFirst?.filter((g) => ORGANIZATION_WORDS.has(g.run.words[g.run.words.length - 1].toLowerCase()) || looksLikePersonName(g.run) || (g.run.title !== null && isFullPersonName(g.run))));
    // "Tan said" of Aaron Tan Boon Heng, "Batista" of Joaquim Batista dos Santos: an inner word of
    // one full name only, when no name starts or ends with the word.
    if (candidates === undefined || candidates.length === 0) {
      const inner = this.innerNames.get(this.lowerCaseOf(run.name))?.groups;
      if (inner !== undefined && inner.length === 1 && isFullPersonName(inner[0].run)) candidates = inner;
    }
    // "Derek and Pauline Shaw … Mr Shaw": a title's sex rules out the first names of the other.
    const title = run.title?.replace(/\.$/, '').toLowerCase() ?? null;
    const otherSex = title === null ? null : MALE_TITLES.has(title) ? 'f' : FEMALE_TITLES.has(title) ? 'm' : null;
    if (otherSex !== null && candidates !== undefined && candidates.length > 1) {
      const fitting = candidates.filter((g) => sexOfFirstName(g.run.words[0]) !== otherSex);
      if (fitting.length > 0) candidates = fitting;
    }
    return { place: false, acronym, initials, candidates };
  }

  /** Every name run of the article whose canonical name is `name`, in order. */
  runsOf(name: string): NameRun[] {
    if (this.runsByName === null) {
      this.runsByName = new Map();
      for (const run of this.runs) {
        const canonical = this.canonicalName(run);
        const list = this.runsByName.get(canonical);
        if (list === undefined) this.runsByName.set(canonical, [run]);
        else list.push(run);
      }
    }
    return this.runsByName.get(name) ?? [];
  }

  /** The speaker a name mention refers to, created when new. */
  speakerForName(run: NameRun): SpeakerDraft {
    // The passes of attribution ask again and again about the same mention. What a mention tells its
    // speaker (gender, aliases) it tells the first time; asked again, it only gives the speaker back.
    // (A run that is itself the first of its mention is found straight away.)
    const direct = this.speakerOfRun.get(run);
    if (direct !== undefined) return direct;
    const mention = this.sameMention(run);
    const known = this.speakerOfRun.get(mention);
    if (known !== undefined) return known;
    const name = this.canonicalName(run);
    const draft = this.byKey.get(name) ?? this.get(name, this.organizations.has(name) ? 'organization' : guessKind(run, name), { start: run.start, end: run.end });
    const title = run.title?.replace(/\.$/, '').toLowerCase() ?? null;
    if (title !== null && (draft.gender === null || draft.genderByName)) {
      if (MALE_TITLES.has(title)) draft.gender = 'm';
      else if (FEMALE_TITLES.has(title)) draft.gender = 'f';
      if (draft.gender !== null) draft.genderByName = false;
    }
    if (draft.gender === null && draft.kind === 'person') {
      const space = draft.name.indexOf(' ');
      draft.gender = sexOfFirstName(space < 0 ? draft.name : draft.name.slice(0, space));
      draft.genderByName = draft.gender !== null;
    }
    const written = run.title !== null ? `${run.title} ${run.name}` : run.name;
    if (written !== draft.name && !draft.aliases.includes(written)) draft.aliases.push(written);
    if (run.name !== draft.name && !draft.aliases.includes(run.name)) draft.aliases.push(run.name);
    this.speakerOfRun.set(mention, draft);
    return draft;
  }

  private readonly speakerOfRun = new Map<NameRun, SpeakerDraft>();

  /** The role the article gives a speaker at its first mention with one, or null (computed on demand). */
  roleOf(s: SpeakerDraft): string | null {
    if (s.role !== null || this.roleSought.has(s)) return s.role;
    this.roleSought.add(s);
    for (const run of this.runsOf(s.name)) {
      const found = this.roleAt(run);
      if (found?.role != null) {
        s.role = found.role;
        s.organization = found.organization;
        return s.role;
      }
    }
    return null;
  }

  /** The organisation of a speaker's role, once `roleOf` has looked for it. */
  organizationOf(s: SpeakerDraft): string | null {
    return this.roleOf(s) === null ? null : s.organization;
  }

  /** The role stated next to one name mention, read once however often it is asked for. */
  private roleAt(run: NameRun): Role | null {
    let role = this.roles.get(run);
    if (role === undefined) this.roles.set(run, (role = findRole(this.text, this.tokens, run, this.bodyBefore, this.roleArticle)));
    return role;
  }

  private readonly roles = new Map<NameRun, Role | null>();

  /** What findRole asks of the article: its sentences, and the words it writes in small letters as asked so far. */
  private readonly roleArticle: RoleArticle = { sentenceStart: (at) => this.sentenceStart(at), small: new Map() };

  /**
   * The organisation an owner before token `at` points back to: for "the association's president",
   * the last name before it that holds the noun (or a word of its kind: "the label" is Harbour
   * Records), else, for a business, the organisation the article is about; for "its chief
   * executive", the body its sentence or the sentence before is about, else the last organisation
   * named in the few sentences before.
   */
  private readonly bodyBefore: BodyBefore = (at, noun) => {
    if (noun !== null && !ORGANIZATION_DESCRIPTIONS.has(noun) && !NAME_WORDS_OF.has(noun) && !OWNER_BODIES.has(noun)) return null;
    const words = noun === null ? null : NAME_WORDS_OF.get(noun) ?? new Set([noun]);
    // "Rental charity Tenancy Rights Ireland said … Its chief executive": "its" is the body the
    // sentence is about, or else the sentence before: the first name there that is a body's.
    if (words === null) {
      const [sentence, previous] = this.sentenceStarts(at);
      for (const [from, to] of [[sentence, at], [previous, sentence]]) {
        for (let r = countBefore(this.runs, (x) => x.from < from); r < this.runs.length && this.runs[r].from < to; r++) {
          const name = this.canonicalName(this.runs[r]);
          if (this.isBodyLike(this.runs[r], name, from)) return name;
        }
      }
    }
    for (let r = countBefore(this.runs, (x) => x.to <= at) - 1; r >= 0; r--) {
      const run = this.runs[r];
      // ("its": a body named in the few sentences before; a noun: one named in the article so far,
      // not further back than a long article, so that a book stays linear.)
      if (at - run.to > (words === null ? 150 : OWNER_REACH)) break;
      const name = this.canonicalName(run);
      if (words === null ? this.kindOf(run, name) === 'organization' && !PLACES.has(name) : name.toLowerCase().split(' ').some((w) => words.has(w))) return name;
    }
    return noun !== null && BUSINESS_OWNERS.has(noun) ? this.mainOrganization() : null;
  };

  /** The first tokens of the sentence holding token `at` and of the sentence before it. */
  private sentenceStarts(at: number): [number, number] {
    const current = this.sentenceStart(at);
    return [current, current > 0 ? this.sentenceStart(current - 1) : current];
  }

  /**
   * True when a name mention can be the body an "its" points at: an organisation, or a name that is
   * nobody's: no title, no known first name, not a surname alone of the article's people
   * ("Roadwatch", "Northern Grid Networks", "the charity Tenancy Rights Ireland").
   */
  private isBodyLike(run: NameRun, name: string, sentenceStart: number): boolean {
    if (PLACES.has(name)) return false;
    const kind = this.kindOf(run, name);
    if (kind !== 'person') return kind === 'organization';
    if (run.title !== null || isKnownFirstName(run.words[0]) || (run.words.length === 1 && this.fullNames.has(run.words[0].toLowerCase()))) return false;
    // ("Rental charity Tenancy Rights Ireland": a capital that only opens the sentence is no name.)
    if (run.from === sentenceStart && run.words.length === 1 && this.tokens[run.to]?.word === true && !this.tokens[run.to].cap) return false;
    const before = this.tokens[run.from - 1];
    return run.words.length === 1 || (before !== undefined && before.word && !before.cap && ORGANIZATION_DESCRIPTIONS.has(before.lower)) || !run.words.some((w) => isKnownFirstName(w));
  }

  /** For "council spokesperson": the last body named before the source whose name holds "council", or null. */
  private bodyOfUnnamed(s: SpeakerDraft): string | null {
    const words = s.name.split(' ');
    if (words.length < 2 || words[0] !== words[0].toLowerCase() || words.some((w) => /^(?:at|of|for|from|in|with|on|who|that)$/.test(w))) return null;
    const at = countBefore(this.tokens, (t) => t.start < s.firstMention.start);
    // ("a central bank official": the body's word may follow one modifier.)
    for (const head of words.length >= 3 ? [words[0], words[1]] : [words[0]]) {
      const body = this.bodyBefore(at, head);
      if (body !== null && body.toLowerCase().split(' ').includes(head)) return body;
    }
    return null;
  }

  /** The article's only organisation whose name holds one of `words`, or null when there is none or several. */
  private onlyBodyWith(words: ReadonlySet<string>): string | null {
    const known = this.onlyBodies.get(words);
    if (known !== undefined) return known;
    let only: string | null = null;
    for (const run of this.runs) {
      if (!run.words.some((w) => words.has(w.toLowerCase()))) continue;
      const name = this.canonicalName(run);
      if (this.kindOf(run, name) !== 'organization' || name === only) continue;
      if (only !== null) {
        only = null;
        break;
      }
      only = name;
    }
    this.onlyBodies.set(words, only);
    return only;
  }

  /** The answers of onlyBodyWith, by the set of words asked about (found once an article). */
  private readonly onlyBodies = new Map<ReadonlySet<string>, string | null>();

  /** What a name seems to be, before attribution says more: a known speaker's kind, else a guess from its words. */
  private kindOf(run: NameRun, name: string): SpeakerKind {
    return this.byKey.get(name)?.kind ?? (this.organizations.has(name) ? 'organization' : guessKind(run, name));
  }

  /** The speaker for an unnamed source ("Jive spokeswoman"). */
  speakerForSource(phrase: string, span: Span, written?: string): SpeakerDraft {
    // "People familiar with the matter said": a capital that only starts the sentence.
    // (Cut at the spaces by hand: this is asked for every unnamed source the article names.)
    const space = phrase.indexOf(' ');
    const head = space < 0 ? phrase : phrase.slice(0, space);
    const rest = phrase.slice(head.length);
    const headLower = head.toLowerCase();
    const text = SOURCE_NOUNS.has(headLower) && head !== headLower && head !== head.toUpperCase() && rest === rest.toLowerCase() ? headLower + rest : phrase;
    // "A Tidewater Research report … said": the report speaks for the body that wrote it.
    const lastSpace = text.lastIndexOf(' ');
    if (lastSpace >= 0 && DOCUMENT_NOUNS.has(text.slice(lastSpace + 1).toLowerCase()) && text.slice(0, lastSpace).split(' ').every((w) => /^\p{Lu}/u.test(w))) {
      return this.get(text.slice(0, lastSpace).replace(/['\u2019]s$/, ''), 'organization', span);
    }
    const draft = this.get(text, 'unnamed', span);
    // "spokeswoman for Harbourline Holdings", as the article words it, is another name for it.
    if (written !== undefined && written !== text && !draft.aliases.includes(written)) draft.aliases.push(written);
    if (draft.gender === null) {
      if (/(?:woman|women|wife|mother|daughter|girl)$/i.test(text)) draft.gender = 'f';
      else if (/(?:man|men|husband|father|son|boy)$/i.test(text)) draft.gender = 'm';
    }
    return draft;
  }

  private get(name: string, kind: SpeakerKind, span: Span): SpeakerDraft {
    let draft = this.byKey.get(name);
    if (draft === undefined) {
      draft = { id: -1, name, aliases: [], role: null, organization: null, kind, firstMention: span, mentions: [], quoteIds: [], gender: null, genderByName: false, claimCount: 0 };
      this.byKey.set(name, draft);
    }
    return draft;
  }

  /** The organisation the article is about, found on first use (null: none stands out). */
  private main: { name: string | null } | null = null;

  /**
   * The organisation the article names most often, at least three times and more often than any
   * other, not counting a government or a parliament, nor the outlet a source "told".
   */
  private mainOrganization(): string | null {
    if (this.main !== null) return this.main.name;
    const counts = new Map<string, number>();
    for (const run of this.runs) {
      const before = this.tokens[run.from - 1]?.lower;
      if (before === 'told' || before === 'to') continue;
      const name = this.canonicalName(run);
      if (PLACES.has(name) || NOT_EMPLOYERS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())) continue;
      if (this.kindOf(run, name) === 'organization') counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    let best: string | null = null;
    let most = 0;
    let runnerUp = 0;
    for (const [name, n] of counts) {
      if (n > most) {
        runnerUp = most;
        most = n;
        best = name;
      } else if (n > runnerUp) runnerUp = n;
    }
    this.main = { name: most >= 3 && most > runnerUp ? best : null };
    return this.main.name;
  }

  /**
   * A speaker's organisation given as an acronym ("Adele Crawshaw, NFU regional director"; "an LTA
   * spokeswoman") is the name the article spells it out as: the name it defines the acronym for in
   * brackets, else the one name whose initials it is.
   */
  private spelledOut(organization: string | null): string | null {
    if (organization === null || organization.includes(' ')) return organization;
    const run = this.acronyms.get(organization) ?? this.nameOfInitials(organization);
    if (run === null || run === undefined) return organization;
    // (A person's initials are not a body's: "Glow by KB" is Kacey Blaine's brand.)
    const name = this.canonicalName(run);
    return this.kindOf(run, name) === 'organization' ? name : organization;
  }

  /** "Jr." or "Sr." written straight after the name run (or after its comma: "King, Jr."), or null. */
  private generationAfter(run: NameRun): string | null {
    let k = run.to;
    if (this.tokens[k]?.text === ',' && GENERATIONS.has(this.tokens[k + 1]?.lower ?? '')) k++;
    const t = this.tokens[k];
    if (t === undefined || !t.word || !t.cap || !GENERATIONS.has(t.lower)) return null;
    const stop = this.tokens[k + 1];
    return stop !== undefined && stop.text === '.' && stop.start === t.end ? `${t.text}.` : t.text;
  }

  /** Finishes every speaker with at least one quote or claim: mentions, roles, ids in order. */
  finish(): SpeakerDraft[] {
    const quoted = [...this.byKey.values()].filter((s) => s.quoteIds.length > 0 || s.claimCount > 0);
    for (const s of quoted) {
      if (s.kind === 'unnamed') {
        s.mentions = [s.firstMention];
        const found = roleOfUnnamed(s.name);
        s.role = found.role;
        // "a council spokesperson", "a hospital spokeswoman": the council or hospital named before,
        // whose name holds the word ("club sources" may mean either club).
        s.organization = this.spelledOut(found.organization ?? this.bodyOfUnnamed(s));
        continue;
      }
      const mentions: Span[] = [];
      let generation: string | null = null;
      for (const run of this.runsOf(s.name)) {
        mentions.push({ start: run.start, end: run.end });
        generation ??= this.generationAfter(run);
        if (s.role === null && s.organization === null) {
          const found = this.roleAt(run);
          if (found !== null) {
            s.role = found.role;
            s.organization = found.organization;
          }
        }
      }
      if (mentions.length > 0) {
        s.mentions = mentions;
        s.firstMention = mentions[0];
      }
      // "Robert F. Kennedy Jr.": the full name keeps the generation the article gives it.
      if (generation !== null && s.kind === 'person' && s.name.includes(' ')) {
        if (!s.aliases.includes(s.name)) s.aliases.push(s.name);
        s.name = `${s.name} ${generation}`;
      }
      const describesOrganization = s.role !== null && ORGANIZATION_NOUNS.has(s.role.split(' ').pop() ?? '');
      if (describesOrganization) s.kind = 'organization';
      // "CEO Linda Marchetti told analysts", in a report about Brightway Stores Inc.: an executive
      // whose company the article leaves unsaid works for the company the article is about.
      if (s.kind === 'person' && s.role !== null && s.organization === null && EXECUTIVE_JOBS.has(s.role.slice(s.role.lastIndexOf(' ') + 1).toLowerCase())) {
        s.organization = this.mainOrganization();
      }
      // "Headteacher Claire Mottram", "Judge Catherine Hollis": a job that belongs to one kind of
      // body belongs to the article's only body of that kind.
      const kind = s.kind === 'person' && s.role !== null && s.organization === null ? BODIES_OF_JOBS.get(s.role.slice(s.role.lastIndexOf(' ') + 1).toLowerCase()) : undefined;
      if (kind !== undefined) s.organization = this.onlyBodyWith(kind);
      // An organisation has no job title: what follows its name describes it.
      if (s.kind === 'organization') {
        s.role = null;
        s.organization = null;
      } else s.organization = this.spelledOut(s.organization);
    }
    // "Because so many members of the family share a last name, they are referred to in this
    // article by their first names": a person the article calls by a first name alone has the
    // family's name ("Dale" is Dale Pruitt, of "the Pruitt family").
    const family = FIRST_NAMES_NOTE.test(this.text) ? FAMILY_NAME.exec(this.text)?.[1] : undefined;
    if (family !== undefined) {
      for (const s of quoted) {
        if (s.kind !== 'person' || s.name.includes(' ') || !/^\p{Lu}\p{Ll}+$/u.test(s.name) || s.name === family) continue;
        s.aliases = [s.name, ...s.aliases.filter((a) => a !== s.name)];
        s.name = `${s.name} ${family}`;
      }
    }
    quoted.sort((a, b) => a.firstMention.start - b.firstMention.start);
    quoted.forEach((s, i) => (s.id = i));
    return quoted;
  }
}

/** A note that an article calls a family's members by their first names. */
const FIRST_NAMES_NOTE = /\b(?:referred to|identified|called)\b[^.\n]{0,40}\bby (?:their )?first names?\b/i;

/** "the Pruitt family", "the Okonjo family": the family the note means. */
const FAMILY_NAME = /\b[Tt]he (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) family\b/u;

/** What a one-word name may stand for, wherever it is mentioned (see oneWordFormsOf). */
interface OneWordForms {
  /** A place, which is never short for a longer name. */
  place: boolean;
  /** The name of an acronym the article defines. */
  acronym: NameRun | undefined;
  /** The one name whose initials the word spells (null: several; undefined: none, or not spelt in initials). */
  initials: NameRun | null | undefined;
  /** The full names, or the names of one word, that the name may be short for. */
  candidates: NameGroup[] | undefined;
}

/** One distinct full name of the article: its first mention and where it is mentioned. */
interface NameGroup {
  run: NameRun;
  /** The name in lower case, made once for the comparisons of computeCanonicalName. */
  lowerName: string;
  starts: number[];
  /** The mentions not after a preposition. */
  subjectStarts: number[];
}

/**
 * The names filed under one word: one group per distinct name, in order of first mention, with the
 * groups by name beside the list (a word that many names share, "Street" or "Council", would
 * otherwise make adding each name look through all the others) and the most words of any of them.
 */
interface NameGroups {
  groups: NameGroup[];
  byName: Map<string, NameGroup>;
  mostWords: number;
}

/** Files a full-name mention under `key`, one group per distinct name, in order of first mention. */
function addToGroup(index: Map<string, NameGroups>, key: string, run: NameRun, asSubject: boolean): void {
  let named = index.get(key);
  if (named === undefined) index.set(key, (named = { groups: [], byName: new Map(), mostWords: 0 }));
  const group = named.byName.get(run.name);
  if (group === undefined) {
    const made = { run, lowerName: run.name.toLowerCase(), starts: [run.start], subjectStarts: asSubject ? [run.start] : [] };
    named.groups.push(made);
    named.byName.set(run.name, made);
    if (run.words.length > named.mostWords) named.mostWords = run.words.length;
  } else {
    group.starts.push(run.start);
    if (asSubject) group.subjectStarts.push(run.start);
  }
}


/** "Jess Abernathy": two or three title-case words, no organisation word, no place. */
/**
 * Whether a full name of two to four words, whatever its title, is a person's: plain names and
 * particles ("Datuk Haji Rosli Mat Yunus", "Aaron Tan Boon Heng"), ending in no body's word.
 */
function isFullPersonName(run: NameRun): boolean {
  const words = run.words;
  return words.length >= 2 && words.length <= 4 && words.every((w) => PLAIN_NAME.test(w) || isNameParticle(w)) && !ORGANIZATION_WORDS.has(words[words.length - 1].toLowerCase());
}

function looksLikePersonName(run: NameRun): boolean {
  // ("Pieter van der Berg": the surname's particles aside.)
  const words = run.words.some((w, k) => k > 0 && isNameParticle(w)) ? run.words.filter((w, k) => k === 0 || !isNameParticle(w)) : run.words;
  if (words.length < 2 || words.length > 3 || run.title !== null) return false;
  if (ORGANIZATION_WORDS.has(words[words.length - 1].toLowerCase()) || NOT_PERSON_STARTS.has(words[0])) return false;
  // ("Sheila M. Brannigan": a middle initial between the names.)
  // ("S. Lakshmi Narasimhan": or an initial before them.)
  return words.every((w, k) => PLAIN_NAME.test(w) || ((k > 0 ? k < words.length - 1 : words.length === 3) && MIDDLE_INITIAL.test(w)));
}

/**
 * A first name of no list, set off by commas after a relative ("Okonjo's father, Emmanuel, watched"):
 * a plain name word that closes its own appositive, not a body's word or a job.
 */
function isSetOffFirstName(tokens: Token[], run: NameRun): boolean {
  const next = tokens[run.to];
  return next !== undefined && (next.text === ',' || next.text === '.') && /^\p{Lu}\p{Ll}+$/u.test(run.words[0]) && !ORGANIZATION_WORDS.has(run.words[0].toLowerCase()) && !ROLE_NOUNS.has(run.words[0].toLowerCase());
}

/** True when "couple" (or "parents", "pair") stands just before a name: "Retired couple Derek and Pauline Shaw". */
function afterCouple(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 2; k--) if (tokens[k].word && /^(?:couple|parents|pair|spouses)$/.test(tokens[k].lower)) return true;
  return false;
}

/** One-word names that act as a person's somewhere in the text: given an age ("Bernie, 67,") or the subject of a cue ("Bernie said"). */
function personLikeWords(tokens: Token[], runs: NameRun[]): Set<string> {
  const out = new Set<string>();
  for (const run of runs) {
    if (run.words.length !== 1) continue;
    const next = tokens[run.to];
    if (next === undefined) continue;
    const aged = next.text === ',' && /^\d{1,3}$/.test(tokens[run.to + 1]?.text ?? '') && tokens[run.to + 2]?.text === ',';
    if (aged || (next.word && !next.cap && (next.lex & LEX_CUE) !== 0)) out.add(run.words[0]);
  }
  return out;
}

/** Words that describe only a person, never a body ("a retired mail carrier", "a widowed farmer"). */
const PERSONAL_MODIFIERS: ReadonlySet<string> = new Set(['retired', 'widowed', 'elderly', 'married', 'pregnant', 'disabled', 'unemployed', 'self-employed', 'bereaved', 'divorced']);

/** First words of place and institution names ("New York", "Wall Street"). */
const NOT_PERSON_STARTS = new Set(words(`New United North South East West Saint St San Santa Los Las Hong Wall White Downing Silicon Great Old Upper Lower Fort Port Mount Lake Cape`));

/** The first names the lexicon knows, of either sex: one look-up instead of two. */
const KNOWN_FIRST_NAMES: ReadonlySet<string> = new FirstNames([...FEMALE_FIRST_NAMES, ...MALE_FIRST_NAMES]);

/** The answers of isKnownFirstName by the word as written, so that a name is lower-cased once (at most 4,096 words kept). */
const knownFirstNameOf = new Map<string, boolean>();

/** True for a first name that the lexicon knows, of either sex. */
export function isKnownFirstName(word: string): boolean {
  let known = knownFirstNameOf.get(word);
  if (known === undefined) {
    if (knownFirstNameOf.size >= 4096) knownFirstNameOf.clear();
    known = KNOWN_FIRST_NAMES.has(word.toLowerCase());
    knownFirstNameOf.set(word, known);
  }
  return known;
}

/** The sex a first name tells ("Pauline" f, "Derek" m), or null when it tells none or both. */
export function sexOfFirstName(word: string): 'm' | 'f' | null {
  let sex = sexOfFirstNameOf.get(word);
  if (sex === undefined) {
    if (sexOfFirstNameOf.size >= 4096) sexOfFirstNameOf.clear();
    const lower = word.toLowerCase();
    const male = MALE_FIRST_NAMES.has(lower);
    sex = male !== FEMALE_FIRST_NAMES.has(lower) ? (male ? 'm' : 'f') : null;
    sexOfFirstNameOf.set(word, sex);
  }
  return sex;
}

/** The answers of sexOfFirstName by the word as written, so that a name is lower-cased once (at most 4,096 words kept). */
const sexOfFirstNameOf = new Map<string, 'm' | 'f' | null>();

/** Prepositions after which a full name is mentioned rather than in the news ("the grandson of Arne Gunderson"). */
const MENTIONED_AFTER: ReadonlySet<string> = new Set(['of', 'by', 'to', 'with', 'from', 'for', 'about', 'than', 'like']);

/** Words that end the noun phrase of an appositive ("the company behind the project"). */
const APPOSITIVE_ENDS = new Set(words(`behind in at of for that which who whose with from based on and to`));

/** Political parties, named without an organisation word. */
const PARTIES = new Set(['Labour', 'Conservatives', 'Tories', 'Democrats', 'Republicans', 'Reform', 'Greens', 'Plaid', 'Lib Dems', 'Liberal Democrats', 'Sinn Féin', 'Fianna Fáil', 'Fine Gael', 'Likud']);

/** How close, in characters, a subject mention must be to decide which same-surname person a surname means. */
const RECENT_SUBJECT = 500;

/** Plural names of party members that end a party's name ("Italian Socialists", "Scottish Conservatives"). */
const PARTY_MEMBERS = new Set(['socialists', 'conservatives', 'democrats', 'republicans', 'liberals', 'nationalists', 'greens', 'tories', 'unionists', 'communists', 'social democrats']);

/** Endings of company names ("Inc.", "Ltd", "plc"). */
const CORPORATE_ENDINGS = new Set(words(`inc ltd plc corp llc co limited incorporated ag sa nv gmbh bancorp bancshares pty pte bhd`));

/** Last words of roles that are a company's officers ("CEO", "chief executive", "chief financial officer", "chairman"). */
const EXECUTIVE_JOBS = new Set(['ceo', 'cfo', 'cto', 'coo', 'executive', 'officer', 'chairman', 'chairwoman', 'founder', 'co-founder']);

/** How far back, in tokens, "the association's president" looks for the association: a long article's length. */
const OWNER_REACH = 3000;

/** Jobs that belong to one kind of body, and the words in the names of such bodies. */
const BODIES_OF_JOBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['headteacher', new Set(['school', 'academy'])], ['headmaster', new Set(['school', 'academy'])], ['headmistress', new Set(['school', 'academy'])],
  ['judge', new Set(['court'])], ['justice', new Set(['court'])], ['coroner', new Set(['court'])], ['magistrate', new Set(['court'])],
  ['sheriff', new Set(["sheriff's", 'sheriff’s'])], ['councillor', new Set(['council'])], ['councilor', new Set(['council'])],
  ['commissioner', new Set(['commission'])], ['surgeon', new Set(['hospital', 'infirmary'])], ['midwife', new Set(['hospital', 'infirmary'])],
]);

/** Owners of a role that name a body though they are no description of one ("the band's singer", "the local's business manager"). */
const OWNER_BODIES = new Set(words(`label band local co-operative cooperative magazine newspaper paper station studio league orchestra theatre theater museum festival`));

/** Owners that mean a business, which may be the organisation the article is about ("the company's chief executive"). */
const BUSINESS_OWNERS = new Set(words(`company firm business group label retailer lender insurer carrier airline manufacturer startup developer brand co-operative cooperative operator supermarket`));

/** Last words of bodies that are no company's employer ("the Government", "Communities & Local Government"). */
const NOT_EMPLOYERS = new Set(['government', 'parliament', 'senate', 'congress', 'assembly', 'opposition', 'ministry', 'department']);

function guessKind(run: NameRun, canonical: string): SpeakerKind {
  if (run.title !== null) return 'person';
  // Otherwise the kind depends on the name alone: the editor analyses the same names at every keystroke.
  let kind = kindOfName.get(canonical);
  if (kind === undefined) {
    if (kindOfName.size >= 4096) kindOfName.clear();
    kindOfName.set(canonical, (kind = kindOfUntitledName(canonical)));
  }
  return kind;
}

/** Words before "Hall" in the names of buildings ("Town Hall", "Market Hall"). */
const HALL_KINDS = new Set(['town', 'city', 'market', 'village', 'county', 'guild', 'music', 'concert', 'festival', 'civic', 'memorial', 'church', 'parish', 'community']);

/** The answers of kindOfUntitledName by the name (at most 4,096 names kept). */
const kindOfName = new Map<string, SpeakerKind>();

/** Person or organisation, from a name given without a title. */
function kindOfUntitledName(canonical: string): SpeakerKind {
  const words = canonical.split(' ');
  const last = words[words.length - 1].toLowerCase();
  // ("Marks & Spencer", "Cardinal Ridge Power & Light": an ampersand joins a firm's names.)
  if (ORGANIZATION_WORDS.has(last) || CORPORATE_ENDINGS.has(last.replace(/\.$/, '')) || PARTIES.has(canonical) || PARTY_MEMBERS.has(last) || words.includes('&')) return 'organization';
  // "Police Scotland", "Bank of England", "University of Arizona": a body's word heads the name.
  if (words.length >= 2 && ORGANIZATION_WORDS.has(words[0].toLowerCase())) return 'organization';
  // ("Federal Ministry of Health and Social Welfare": or heads its "of" or "for" inside it.)
  for (let k = 1; k + 1 < words.length; k++) if ((words[k + 1] === 'of' || words[k + 1] === 'for') && ORGANIZATION_WORDS.has(words[k].toLowerCase())) return 'organization';
  // "BBC Scotland", "ITV News": a body in capitals heads the name.
  if (words.length >= 2 && /^[A-Z]{3,}$/.test(words[0])) return 'organization';
  // "Thornsby Market Hall", "Leeds Town Hall": a hall after a place's name or a common noun is a
  // building and the body that runs it; "Stuart Hall" is a person.
  if (words.length >= 2 && last === 'hall' && !isKnownFirstName(words[0]) && (words.length >= 3 || HALL_KINDS.has(words[0].toLowerCase()))) return 'organization';
  if (words.length >= 2) return 'person';
  const w = words[0];
  // ("admits CTO": a job in capitals is someone's job, not a body.)
  if (JOB_ACRONYMS.has(w.toLowerCase())) return 'person';
  // OpenAI, DeepSeek, CNBC: inner capitals or all capitals name organisations.
  // A road or a code (R445, M25) has fewer than two letters.
  if ((/^[A-Z0-9&]{2,}$/.test(w) && /[A-Z].*[A-Z]/.test(w)) || /[a-z][A-Z]/.test(w)) return 'organization';
  return 'person';
}
