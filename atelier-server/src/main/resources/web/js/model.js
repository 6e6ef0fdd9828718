// A product version as the page needs it: attributes by id, value labels, rule labels, steps.

import { label, t, list } from './i18n.js';

export const UNSET = '~';
export const GIVEN = 'given';

/** Wraps a product detail (GET /api/products/{id}/versions/{version}). */
export class ProductModel {
  constructor(detail) {
    this.detail = detail;
    // Print areas: their generated attributes (technique, placed size, artwork facts) belong to
    // the design surface, not to the form.
    this.printAreas = detail.printAreas || [];
    const artwork = new Set(this.printAreas.flatMap((p) => p.attributes));
    this.attributes = detail.attributes.filter((a) => !artwork.has(a.id));
    this.byId = new Map(detail.attributes.map((a) => [a.id, a]));
    this.rules = new Map(detail.rules.map((r) => [r.id, r]));
    this.steps = groupSteps(this.attributes);
    // Customer facts: what the customer is or has (measurements); never chosen for them.
    this.facts = new Map((detail.facts || []).filter((f) => !artwork.has(f.attribute)).map((f) => [f.attribute, f]));
    this.artworkFacts = new Set((detail.facts || []).filter((f) => artwork.has(f.attribute)).map((f) => f.attribute));
  }

  /** Whether attribute id is a customer fact. */
  isFact(id) {
    return this.facts.has(id) || this.artworkFacts.has(id);
  }

  /** The "how to measure" text of a fact in the current language, or ''. */
  factHelp(id) {
    return label(this.facts.get(id)?.help);
  }

  /** Whether an undecided attribute reads as "no" (a yes/no extra, not a fact) when unticked. */
  untickedIsNo(id) {
    const a = this.byId.get(id);
    return Boolean(a && a.kind === 'boolean' && !a.optional && !this.isFact(id));
  }

  get currency() {
    return this.detail.currency;
  }

  attribute(id) {
    return this.byId.get(id);
  }

  attributeLabel(id) {
    const a = this.byId.get(id);
    return a ? label(a.label) : id;
  }

  /** A value id as the customer reads it (texts: the personalization text when known). */
  valueLabel(attributeId, value, texts = {}) {
    const a = this.byId.get(attributeId);
    if (value === null || value === undefined) return t('value.undecided');
    if (value === UNSET) return t('value.none');
    if (!a) return value;
    if (a.kind === 'boolean') return value === 'true' ? t('value.yes') : t('value.no');
    if (a.kind === 'integer') return a.unit ? `${value} ${a.unit}` : value;
    if (a.kind === 'text') return texts[attributeId] ? t('text.quoted', { text: texts[attributeId] }) : t('value.given');
    const v = (a.values || []).find((x) => x.id === value);
    return v ? label(v.label) : value;
  }

  /** Whether text fits a text attribute's length and characters (as the server checks it). */
  acceptsText(attributeId, text) {
    const a = this.byId.get(attributeId);
    if (!a || a.kind !== 'text' || !text || text.length > a.maxLength) return false;
    let allowed = /^[^\p{Cc}]+$/u;
    try {
      if (a.allowedCharacters) allowed = new RegExp(`^[${a.allowedCharacters}]+$`, 'u');
    } catch {
      // a Java character class JavaScript cannot read: any printable text is taken
    }
    return allowed.test(text);
  }

  /** The tint of a value's picture layer ("#b3261e") when every value has one (a colour choice). */
  swatch(attributeId, value) {
    const a = this.byId.get(attributeId);
    const tinted = (id) =>
      this.detail.presentation.layers.some((l) => l.attribute === attributeId && l.value === id && l.colour);
    if (!a?.values?.every((v) => tinted(v.id))) return '';
    const layer = this.detail.presentation.layers.find(
      (l) => l.attribute === attributeId && l.value === value && l.colour,
    );
    return layer ? layer.colour : '';
  }

  /**
   * What a rule says to the customer in the current language (the model's label), or '' when the
   * rule has no words of its own: a model without a label gets its id as label, and an id is
   * never shown.
   */
  ruleWords(ruleId, fallback = '') {
    const text = label(this.rules.get(ruleId)?.label) || fallback;
    return isIdentifier(text, ruleId) ? '' : text;
  }

  /** Keeps the decided values of {@code domains} (attribute id to domain) to name them in reasons. */
  noteChoices(domains) {
    this.chosen = new Map();
    for (const [id, d] of domains) if (d?.decided !== null && d?.decided !== undefined) this.chosen.set(id, d.decided);
  }

  /** "Frame: Carbon and Brakes: Rim" for the given choices ({attribute, value}). */
  choicesText(choices, texts = {}) {
    return list(choices.map((c) => `${this.attributeLabel(c.attribute)}: ${this.valueLabel(c.attribute, c.value, texts)}`));
  }

  /**
   * The sentence naming the choices in the way ("Does not go with what you chose: Frame: Carbon"),
   * from the decided values of {@code attributes} (when known) or their names.
   */
  conflictSentence(attributes, texts = {}) {
    const chosen = this.chosen || new Map();
    if (attributes.length && attributes.every((a) => chosen.has(a))) {
      return t('reason.youChose', { choices: this.choicesText(attributes.map((a) => ({ attribute: a, value: chosen.get(a) })), texts) });
    }
    return t('reason.conflicts', { choices: list(attributes.map((a) => this.attributeLabel(a))) });
  }

  /**
   * Why a value is refused, in the current language: the rule's words, else a sentence naming the
   * choices in the way, never a rule's identifier.
   */
  refusalReason(refused) {
    const words = refused?.rule ? this.ruleWords(refused.rule) : '';
    if (words) return words;
    if (refused?.conflictsWith?.length) return this.conflictSentence(refused.conflictsWith);
    if (refused?.reason && !isIdentifier(refused.reason, refused.rule)) return refused.reason;
    return t('reason.unavailable');
  }

  /**
   * The reasons of an explanation (from /api/designs/explain) in words: each rule's, else the
   * explanation's own reason, else the choices it retracts; never a rule's identifier.
   */
  explanationReasons(explanation, texts = {}) {
    if (!explanation) return [];
    const words = (explanation.rules || []).map((r) => this.ruleWords(r.id, r.label)).filter(Boolean);
    if (words.length) return [...new Set(words)];
    if (explanation.reason && !isIdentifier(explanation.reason)) return [explanation.reason];
    const retract = explanation.retract || [];
    return retract.length ? [t('reason.youChose', { choices: this.choicesText(retract, texts) })] : [];
  }

  /** A step's heading. */
  stepTitle(step) {
    if (step.kind === 'extras') return t('step.extras');
    if (step.kind === 'instance') return instanceName(label(step.attributes[0].label));
    return list(step.attributes.map((a) => label(a.label)));
  }
}

/**
 * Whether a text is an identifier rather than words: empty, the rule's id (or its last part, for
 * a module instance's rule), or one token joined by dashes, underscores, dots or brackets.
 */
export function isIdentifier(text, id = '') {
  if (!text) return true;
  if (id && (text === id || text === id.split('.').pop())) return true;
  return /^[\p{L}\d]+([-_.:[\]]+[\p{L}\d]*)+$/u.test(text);
}

/** The address of a module instance an attribute belongs to ("bays[2]" of "bays[2].doors"). */
const INSTANCE = /^(.*\[\d+\])\./;

/** "Bay 2" of the label "Bay 2 · Doors". */
function instanceName(text) {
  const cut = text.lastIndexOf(' · ');
  return cut < 0 ? text : text.slice(0, cut);
}

/**
 * Groups attributes into steps in model order: the attributes of one module instance
 * (bays[2].width, bays[2].doors, ...) form one "instance" step; consecutive yes/no attributes form
 * one "extras" step; other runs are cut into steps of at most three attributes, evenly.
 */
export function groupSteps(attributes) {
  const runs = [];
  for (const a of attributes) {
    const instance = INSTANCE.exec(a.id);
    const kind = instance ? 'instance' : a.kind === 'boolean' ? 'extras' : 'choices';
    const key = instance ? instance[1] : kind;
    const last = runs[runs.length - 1];
    if (last && last.key === key) last.attributes.push(a);
    else runs.push({ kind, key, attributes: [a] });
  }
  const steps = [];
  for (const run of runs) {
    if (run.kind === 'extras' || run.kind === 'instance') {
      steps.push(run);
      continue;
    }
    const n = run.attributes.length;
    const count = Math.ceil(n / 3);
    for (let i = 0; i < count; i++) {
      const from = Math.round((i * n) / count);
      const to = Math.round(((i + 1) * n) / count);
      steps.push({ kind: 'choices', attributes: run.attributes.slice(from, to) });
    }
  }
  return steps.map((s, i) => ({ ...s, index: i + 1, id: `step-${i + 1}` }));
}
