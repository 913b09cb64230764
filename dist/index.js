import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 7739:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aT: () => (/* binding */ applyLicensingMode),
/* harmony export */   ox: () => (/* binding */ LICENSING_MODES)
/* harmony export */ });
/* unused harmony export isLicensingMode */
const LICENSING_MODES = ["warn", "error", "off"];
function isLicensingMode(value) {
    return LICENSING_MODES.includes(value);
}
/**
 * The licensing warnings as the mode wants them: as they are, as errors (which make the file
 * invalid, so nothing of the batch is published), or none.
 */
function applyLicensingMode(warnings, mode) {
    if (mode === "off")
        return { errors: [], warnings: [] };
    if (mode === "warn")
        return { errors: [], warnings: [...warnings] };
    return {
        errors: warnings.map(({ severity: _warning, ...error }) => ({
            ...error,
            message: `${error.message} (licensing is set to error, so this blocks publishing)`,
        })),
        warnings: [],
    };
}


/***/ }),

/***/ 6134:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ parseStartTime),
/* harmony export */   z: () => (/* binding */ formatStartTime)
/* harmony export */ });
const CLOCK = /^(\d+):(\d+)(?::(\d+))?$/;
/**
 * A section's `start` in seconds: a non-negative whole number, or `m:ss` / `h:mm:ss` text.
 * YAML 1.2 reads an unquoted `1:25` as the text "1:25" (YAML 1.1 read it as the sexagesimal
 * number 85); either way it is 85 seconds here.
 */
function parseStartTime(value) {
    return typeof value === "number" ? fromNumber(value) : fromClock(value);
}
function fromNumber(value) {
    if (!Number.isInteger(value)) {
        return { rule: "start-format", message: `start must be whole seconds or m:ss, not ${value}` };
    }
    if (value < 0 || Object.is(value, -0)) {
        return { rule: "start-format", message: `start must not be negative (${value})` };
    }
    if (!Number.isSafeInteger(value)) {
        return { rule: "start-format", message: `start ${value} is too large to be a time in a mix` };
    }
    return { seconds: value };
}
function fromClock(text) {
    const match = CLOCK.exec(text);
    if (!match) {
        const hint = /^\d+$/.test(text) ? `: write it without quotes, start: ${text}` : "";
        return {
            rule: "start-format",
            message: `start must be whole seconds (e.g. 85) or m:ss / h:mm:ss (e.g. 1:25 or 1:02:03), not "${text}"${hint}`,
        };
    }
    const [, first = "", second = "", third] = match;
    const fields = third === undefined
        ? { hours: "0", minutes: first, seconds: second, wide: false }
        : { hours: first, minutes: second, seconds: third, wide: true };
    return fromFields(text, fields);
}
function fromFields(text, f) {
    const hours = Number(f.hours);
    const minutes = Number(f.minutes);
    const seconds = Number(f.seconds);
    if (seconds >= 60) {
        return { rule: "start-range", message: `start ${text}: the seconds field must be below 60` };
    }
    if (minutes >= 60) {
        const asHours = `${Math.floor(minutes / 60) + hours}:${pad(minutes % 60)}:${pad(seconds)}`;
        return {
            rule: "start-range",
            message: `start ${text}: the minutes field must be below 60; write it as ${asHours}`,
        };
    }
    const minuteDigits = f.wide ? f.minutes.length === 2 : f.minutes.length <= 2;
    if (f.seconds.length !== 2 || !minuteDigits) {
        const example = f.wide ? "1:02:03" : "1:05";
        return {
            rule: "start-format",
            message: `start "${text}": write minutes and seconds with two digits, as in ${example}`,
        };
    }
    const total = hours * 3600 + minutes * 60 + seconds;
    if (!Number.isSafeInteger(total)) {
        return { rule: "start-format", message: `start ${text} is too large to be a time in a mix` };
    }
    return { seconds: total };
}
function pad(n) {
    return String(n).padStart(2, "0");
}
/** Seconds as the `m:ss` / `h:mm:ss` people write, for messages. */
function formatStartTime(seconds) {
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}


/***/ }),

/***/ 1532:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `fn` over `items`, at most `limit` at a time, keeping the order of results. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ MAX_EXCLUDE_PATTERNS),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   JO: () => (/* binding */ COMMENT_MARKER),
/* harmony export */   Mb: () => (/* binding */ URL_CHECK_BUDGET_MS),
/* harmony export */   Yc: () => (/* binding */ DEFAULT_FILES),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL),
/* harmony export */   tY: () => (/* binding */ Outputs),
/* harmony export */   xu: () => (/* binding */ Limits)
/* harmony export */ });
/* unused harmony export DEFAULT_OAUTH_URL */
/** Names of the action's inputs and outputs (action.yml), kept in one place. */
const Inputs = {
    AccessToken: "access-token",
    Files: "files",
    ChangedOnly: "changed-only",
    DryRun: "dry-run",
    IfExists: "if-exists",
    Comment: "comment",
    GithubToken: "github-token",
    ApiUrl: "api-url",
    Concurrency: "concurrency",
    Retries: "retries",
    Licensing: "licensing",
    Prereleases: "prereleases",
    AllowPrivateUrls: "allow-private-urls",
};
const Outputs = {
    Urls: "urls",
    Results: "results",
    Published: "published",
    Updated: "updated",
    Skipped: "skipped",
    Failed: "failed",
    Invalid: "invalid",
    Warnings: "warnings",
    Matrix: "matrix",
};
const DEFAULT_FILES = ["cloudcasts/**/*.yml", "cloudcasts/**/*.yaml"];
const DEFAULT_API_URL = "https://api.mixcloud.com";
/** OAuth lives on the website host, not the API host. */
const DEFAULT_OAUTH_URL = "https://www.mixcloud.com/oauth";
/** Limits from SPEC §2 and the Mixcloud API. */
const Limits = {
    fileBytes: 1024 * 1024,
    descriptionChars: 1000,
    tags: 5,
    hosts: 2,
    audioBytes: 4 * 1024 * 1024 * 1024,
    pictureBytes: 10 * 1024 * 1024,
};
/**
 * All the URL checks of one run together get three minutes. A healthy check takes well under a
 * second (one HEAD), so a hundred URL shows need seconds; three minutes is six times the
 * per-URL timeout, so a few slow hosts do not use it up, while a pull request naming a thousand
 * URLs that never answer costs three minutes of the job, not an hour (8 checks at a time × 30 s).
 */
const URL_CHECK_BUDGET_MS = 3 * 60_000;
/**
 * The most `tracklist_exclude` patterns one cloudcast may have (checked with the format, used by
 * the tracklist stage). A playout log's non-music entries fall under a handful of patterns
 * (station idents, jingles, adverts, news, weather, a few named sponsors): even a station with
 * many writes a few dozen. Each pattern reads every name once, so the work grows with their
 * number; 100 bounds it while leaving room for any real list.
 */
const MAX_EXCLUDE_PATTERNS = 100;
/** The hidden marker that finds the sticky PR comment again. */
const COMMENT_MARKER = "<!-- mixcloud-publish:sticky-comment -->";


/***/ }),

/***/ 1348:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ warningAt),
/* harmony export */   OI: () => (/* binding */ moreProblems),
/* harmony export */   R5: () => (/* binding */ diagnosticAt),
/* harmony export */   WS: () => (/* binding */ FILE_START),
/* harmony export */   j: () => (/* binding */ internalErrorAt),
/* harmony export */   oV: () => (/* binding */ compareDiagnostics),
/* harmony export */   uV: () => (/* binding */ MAX_DIAGNOSTICS),
/* harmony export */   uo: () => (/* binding */ capped),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/* unused harmony export inLineOrder */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

/** The span of the first character of a file: for problems that belong to the file as a whole. */
const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function diagnosticAt(file, span, rule, message) {
    return { file, ...span, message, rule };
}
/** Where to report a bug: said in every `internal-error` diagnostic. */
const ISSUES_URL = "https://github.com/mixcloud-publish/mixcloud-publish/issues";
/** Enough of an exception's message to recognise it; a hostile input could make it any length. */
const MAX_INTERNAL_MESSAGE = 300;
/**
 * An exception no check expected (a bug, or an input nobody foresaw), as the diagnostic of the one
 * file it happened on, so that every other file is still checked and reported. Only the message
 * is kept, on one line: a stack trace means nothing in an annotation.
 */
function internalErrorAt(file, error) {
    const flat = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error).replace(/\s+/g, " ").trim();
    const cut = flat.length > MAX_INTERNAL_MESSAGE ? `${flat.slice(0, MAX_INTERNAL_MESSAGE)}…` : flat;
    const message = `mixcloud-publish failed on this file with an unexpected error, so it is not checked; please report it at ${ISSUES_URL} (with the file if you can): ${cut}`;
    return diagnosticAt(file, FILE_START, "internal-error", message);
}
function warningAt(file, span, rule, message) {
    return { file, ...span, message, rule, severity: "warning" };
}
/**
 * The stable, grep-able one-line form used by the CLI: `file:line:col: message (rule)`, and
 * `file:line:col: warning: message (rule)` for a warning.
 */
function formatDiagnostic(d) {
    const level = d.severity === "warning" ? "warning: " : "";
    return `${d.file}:${d.line}:${d.column}: ${level}${d.message} (${d.rule})`;
}
/** Orders diagnostics by file, then position, so output is stable whatever order rules ran in. */
function compareDiagnostics(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
/** A file's problems and warnings together, in the order of its lines, as the CLI prints them. */
function inLineOrder(found) {
    return [...found.diagnostics, ...(found.warnings ?? [])].sort(compareDiagnostics);
}
/** More than any person fixes in one go; a generated or hostile file could otherwise print thousands. */
const MAX_DIAGNOSTICS = 100;
/**
 * How many problems a closing `too-many-problems` diagnostic stands for, when a reader made it
 * (a tracklist reader counts the problems past the cap without keeping them).
 */
const standsFor = new WeakMap();
/** The diagnostic that closes a capped list: `count` more problems from `at` on. */
function moreProblems(file, at, count) {
    const message = `and ${count.toLocaleString("en")} more problems from here on, not shown: fix the ones above and check again`;
    const closing = diagnosticAt(file, at, "too-many-problems", message);
    standsFor.set(closing, count);
    return closing;
}
function capped(diagnostics) {
    diagnostics.sort(compareDiagnostics);
    const rest = diagnostics.slice(MAX_DIAGNOSTICS);
    const next = rest[0];
    if (!next)
        return diagnostics;
    const count = rest.reduce((sum, d) => sum + (standsFor.get(d) ?? 1), 0);
    const { line, column, endLine, endColumn } = next;
    return [
        ...diagnostics.slice(0, MAX_DIAGNOSTICS),
        moreProblems(next.file, { line, column, endLine, endColumn }, count),
    ];
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/** The message of anything thrown, for a one-line report. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4272);
// The action's entry point. Kept tiny on purpose: the pipeline and its dependencies are loaded
// on demand by run(), so a run with nothing to do starts fast.

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4272:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./src/action/cancel.ts
function cancelOnSignals(onCancel) {
    const controller = new AbortController();
    const handler = (signal) => {
        if (controller.signal.aborted) {
            process.exit(130);
        }
        onCancel(signal);
        controller.abort(new Error(`cancelled by ${signal}`));
    };
    process.on("SIGINT", handler);
    process.on("SIGTERM", handler);
    return {
        signal: controller.signal,
        dispose() {
            process.off("SIGINT", handler);
            process.off("SIGTERM", handler);
        },
    };
}

;// CONCATENATED MODULE: ./src/report/text.ts
/**
 * Making text from cloudcast files (titles, tags, file names, messages that quote them) safe to
 * show: in markdown (job summary, PR comment) and in workflow commands (annotations, log lines).
 *
 * Outputs are left alone: they are data, written by @actions/core with a random heredoc
 * delimiter, and JSON-encoded where structured.
 */
const REPLACEMENT = "\uFFFD";
const ELLIPSIS = "…";
/** Line terminators for the runner (CR, LF), markdown (VT, FF) or Unicode (NEL, LS, PS). */
function isLineBreak(codePoint) {
    return ((codePoint >= 0x0a && codePoint <= 0x0d) ||
        codePoint === 0x85 ||
        codePoint === 0x2028 ||
        codePoint === 0x2029);
}
/**
 * Characters that are invisible or act on the terminal/renderer: C0 controls except tab, DEL,
 * C1 controls, bidirectional embeddings/overrides/isolates (they can make text read differently
 * from what it is — "Trojan Source"), and lone surrogates (not text at all).
 */
function isUnsafe(codePoint) {
    return ((codePoint < 0x20 && codePoint !== 0x09) ||
        (codePoint >= 0x7f && codePoint <= 0x9f) ||
        (codePoint >= 0x202a && codePoint <= 0x202e) ||
        (codePoint >= 0x2066 && codePoint <= 0x2069) ||
        (codePoint >= 0xd800 && codePoint <= 0xdfff));
}
/**
 * A quick test that lets ordinary text skip the character loop below. It over-matches (every
 * surrogate, also those of a well-formed pair); the loop decides.
 */
const MAY_NEED_SANITIZING = 
// eslint-disable-next-line no-control-regex -- finding control characters is its purpose
/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;
/**
 * One line of plain, visible text: every line break (CRLF counts once) becomes a space, every
 * other unsafe character becomes U+FFFD. Replaced rather than removed, so that removing one
 * cannot join its neighbours into something meaningful (`:\x00:` must not become `::`).
 */
function sanitizeText(text) {
    if (!MAY_NEED_SANITIZING.test(text))
        return text;
    let out = "";
    let previous = "";
    for (const char of text) {
        const codePoint = char.codePointAt(0) ?? 0;
        if (char === "\n" && previous === "\r") {
            previous = char;
            continue;
        }
        if (isLineBreak(codePoint))
            out += " ";
        else if (isUnsafe(codePoint))
            out += REPLACEMENT;
        else
            out += char;
        previous = char;
    }
    return out;
}
/** At most `maxChars` code points (never half a surrogate pair), ending in "…" when cut. */
function truncateText(text, maxChars) {
    // A string has at least as many UTF-16 units as code points: short ones need no count.
    if (text.length <= maxChars)
        return text;
    let count = 0;
    let cutAt = 0;
    for (let i = 0; i < text.length; count += 1) {
        if (count === maxChars - 1)
            cutAt = i;
        if (count === maxChars)
            return text.slice(0, cutAt) + ELLIPSIS;
        i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    }
    return text;
}
/** Where a line could start a workflow command (`::cmd::`, or the legacy `##[cmd]`). */
const COMMAND_START = /^\s*(::|##\[)/;
/** Not whitespace to the runner's TrimStart(), so a command prefix after it is inert. */
const ZERO_WIDTH_SPACE = "\u200B";
/**
 * File-derived text for an annotation message or title, or a log line: one line, no control or
 * bidi characters, and never the start of a workflow command even when printed on a line of
 * its own. (@actions/core escapes `%`, CR and LF in messages, and `:` and `,` in properties, so
 * within a command the text cannot end it early; this covers every other place it may go.)
 */
function escapeWorkflowCommandText(text) {
    const line = sanitizeText(text);
    return COMMAND_START.test(line) ? ZERO_WIDTH_SPACE + line : line;
}
/**
 * How a character is written so that markdown shows it literally. HTML-significant characters
 * become entities (these work in markdown and inline HTML alike); `$` too, as GitHub's math
 * scans the source for it; `@` and `#` get a zero-width space after them, so a title never
 * pings a user or cross-references an issue ("Episode #12" would otherwise show up on issue 12).
 */
const MARKDOWN_REPLACEMENTS = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    $: "&#36;",
    "@": "@&#8203;",
    "#": "#&#8203;",
    "\t": " ",
};
/**
 * The characters above, and the ASCII punctuation that starts markdown syntax (emphasis, code,
 * links, tables, lists, …), which a backslash makes literal.
 */
const MARKDOWN_SPECIAL = /[&<>$@#\t\\`*_{}[\]()+\-.!|~]/g;
/**
 * Text that renders as itself in GitHub markdown, in a table cell, list item or link text:
 * `| a | b |` stays in its cell, `<img src=x>` shows as text, backticks make no code span.
 * One line (see {@link sanitizeText}). Not for inside code spans, where escapes do not apply.
 */
function escapeMarkdown(text) {
    return sanitizeText(text).replace(MARKDOWN_SPECIAL, (char) => MARKDOWN_REPLACEMENTS[char] ?? "\\" + char);
}
/**
 * Text as a code span, as GitHub's own bots write file names (`` `cloudcasts/a-b.yml` ``): shown
 * as it is, in a monospace font, with no markdown, HTML, mention, reference or math inside it.
 * One line (see {@link sanitizeText}). Per CommonMark, the fence is one backtick longer than the
 * longest run of backticks in the text, and a space pads both ends when the text starts or ends
 * with a backtick (or with spaces at both ends, which a renderer would strip).
 *
 * In a table cell a `|` still ends the cell, even inside a code span; GFM takes `\|` there as a
 * literal pipe, which `inTableCell` writes. Anywhere else the backslash would show.
 */
function codeSpan(text, options = {}) {
    let content = sanitizeText(text);
    if (options.inTableCell)
        content = content.replace(/\|/g, "\\|");
    if (content === "")
        return "` `";
    const longestRun = (content.match(/`+/g) ?? []).reduce((most, run) => Math.max(most, run.length), 0);
    const fence = "`".repeat(longestRun + 1);
    const stripped = content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "";
    const pad = content.startsWith("`") || content.endsWith("`") || stripped ? " " : "";
    return `${fence}${pad}${content}${pad}${fence}`;
}
/** Characters a markdown link destination or a table cell would take as syntax. */
const LINK_UNSAFE = /[()|<>"'`\\\s]/g;
const MAX_URL_CHARS = 2000;
/** Mixcloud takes its token in the query string; a link carrying one must not be shown. */
function carriesCredentials(url) {
    return url.username !== "" || url.password !== "" || url.searchParams.has("access_token");
}
/**
 * A URL fit for `[text](…)`, or undefined when it is not an http(s) URL one would want to link
 * (malformed, another scheme, carrying credentials, absurdly long). Syntax characters are
 * percent-encoded, which leaves the address the same.
 */
function markdownLinkTarget(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
        return undefined;
    if (carriesCredentials(parsed) || parsed.href.length > MAX_URL_CHARS)
        return undefined;
    return parsed.href.replace(LINK_UNSAFE, (char) => "%" + char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
}
/** `[text](url)` when the URL is linkable, else just the text (already escaped markdown). */
function markdownLink(escapedText, url) {
    const target = url === undefined ? undefined : markdownLinkTarget(url);
    return target === undefined ? escapedText : `[${escapedText}](${target})`;
}

;// CONCATENATED MODULE: ./src/action/log.ts

/**
 * One line of the log: line breaks (CR, LF, NEL, U+2028/2029) become spaces, control and bidi
 * characters are replaced, and a line that would start a workflow command (`::`, `##[`) is
 * defused. Idempotent, so text that was made safe earlier passes unchanged.
 */
function logLine(text) {
    return escapeWorkflowCommandText(text instanceof Error ? text.message : String(text));
}
/**
 * `core` with every method that writes a line going through {@link logLine}. The action wraps
 * `@actions/core` in it once, at the start, and hands only the wrapped one on.
 */
function safeCore(core) {
    return {
        ...core,
        info: (message) => core.info(logLine(message)),
        debug: (message) => core.debug(logLine(message)),
        notice: (message, properties) => core.notice(logLine(message), properties),
        warning: (message, properties) => core.warning(logLine(message), properties),
        error: (message, properties) => core.error(logLine(message), properties),
        setFailed: (message) => core.setFailed(logLine(message)),
        startGroup: (name) => core.startGroup(logLine(name)),
    };
}
/**
 * Log lines carry titles and file names from the repository, and `core.info` and group titles are
 * written raw: each line is made one line, without control characters, and unable to start a
 * workflow command (a title like `x\n::set-env …` would otherwise run one).
 */
function createActionLog(rawCore, concurrency) {
    const core = safeCoreLog(rawCore);
    const live = concurrency === 1;
    const held = new Map();
    const line = (file, message) => (file === "" ? message : `${file}: ${message}`);
    return {
        info(file, message) {
            const kept = held.get(file);
            if (kept !== undefined)
                kept.push(message);
            core.info(live || file === "" ? message : line(file, message));
        },
        warning(file, message) {
            held.get(file)?.push(`warning: ${message}`);
            core.warning(line(file, message));
        },
        begin(file) {
            if (live)
                core.startGroup(file);
            else
                held.set(file, []);
        },
        end(file, summary) {
            if (live) {
                core.info(summary);
                core.endGroup();
                return;
            }
            core.startGroup(`${file}: ${summary}`);
            for (const message of held.get(file) ?? [])
                core.info(message);
            core.endGroup();
            held.delete(file);
        },
    };
}
/** The same log, every line escaped (see {@link logLine}). */
function safeCoreLog(core) {
    return {
        info: (message) => core.info(logLine(message)),
        warning: (message) => core.warning(logLine(message)),
        startGroup: (name) => core.startGroup(logLine(name)),
        endGroup: () => core.endGroup(),
    };
}

// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/github/assets.ts




/**
 * Reads `https://<server>/{owner}/{repo}/releases/download/{tag}/{name}`. Only links of this
 * server are taken (on GitHub Enterprise Server, `GITHUB_SERVER_URL`); undefined for anything else.
 */
function parseReleaseDownloadUrl(url, serverUrl) {
    let parsed;
    let server;
    try {
        parsed = new URL(url);
        server = new URL(serverUrl);
    }
    catch {
        return undefined;
    }
    if (parsed.origin !== server.origin || parsed.search || parsed.hash)
        return undefined;
    const prefix = server.pathname.replace(/\/+$/, "");
    if (!parsed.pathname.startsWith(`${prefix}/`))
        return undefined;
    const parts = parsed.pathname.slice(prefix.length + 1).split("/");
    if (parts.length !== 6 || parts[2] !== "releases" || parts[3] !== "download")
        return undefined;
    const [owner, repo, , , tag, name] = parts.map(safeDecode);
    if (!owner || !repo || !tag || !name)
        return undefined;
    return { owner, repo, tag, name };
}
function safeDecode(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        return undefined;
    }
}
/** GitHub's owner and repository names are case-insensitive. */
function isSameRepo(link, repo) {
    return (link.owner.toLowerCase() === repo.owner.toLowerCase() &&
        link.repo.toLowerCase() === repo.repo.toLowerCase());
}
/** A download that passed its size cap; the partial file is already gone. */
class AssetTooLargeError extends Error {
    maxBytes;
    constructor(maxBytes) {
        super(`the release asset sent more than ${maxBytes} bytes, the most it may have`);
        this.maxBytes = maxBytes;
        this.name = "AssetTooLargeError";
    }
}
/**
 * Writes a response body to `destPath` through a `.part` file renamed at the end, so a
 * download cut short never leaves a file that looks complete. Memory stays flat: the body is
 * piped, never buffered; past `maxBytes` it stops, so the disk cannot be filled.
 */
async function streamToFile(body, destPath, signal, maxBytes = Number.POSITIVE_INFINITY) {
    const partPath = `${destPath}.part`;
    let bytes = 0;
    const count = async function* (chunks) {
        for await (const chunk of chunks) {
            bytes += chunk.length;
            if (bytes > maxBytes)
                throw new AssetTooLargeError(maxBytes);
            yield chunk;
        }
    };
    try {
        await (0,external_node_stream_promises_namespaceObject.pipeline)(external_node_stream_.Readable.fromWeb(body), count, (0,external_node_fs_.createWriteStream)(partPath), signal ? { signal } : {});
        await (0,promises_.rename)(partPath, destPath);
    }
    catch (error) {
        await (0,promises_.rm)(partPath, { force: true });
        throw error;
    }
    return { bytes };
}

;// CONCATENATED MODULE: ./src/github/comments.ts
// Which comment is the action's sticky one. Its body starts with the marker, and its author is
// the token's own identity: a person or another bot that quotes the marker (or another workflow
// whose comment merely holds it) is never taken, so its comment is never overwritten.
/** The login GitHub Actions' own token (`GITHUB_TOKEN`) comments as. */
const ACTIONS_BOT_LOGIN = "github-actions[bot]";
function isOwnComment(author, ownLogin) {
    if (author === undefined)
        return false;
    const login = author.login.toLowerCase();
    const own = ownLogin.toLowerCase();
    if (login === own)
        return true;
    // REST names an app's comments `<app>[bot]`; GraphQL has been seen to name a bot with and
    // without that suffix. Which one `viewer` gives for every kind of app token is not documented,
    // so both are taken — the suffixed form only for an author that is a bot.
    return author.type === "Bot" && login === `${own}[bot]`;
}
/** A body that is the action's report: the marker first, as {@link withMarker} writes it. */
function startsWithMarker(body, marker) {
    return body.trimStart().startsWith(marker);
}
/** The first (oldest) comment that starts with the marker and is the token's own. */
function pickStickyComment(comments, marker, ownLogin) {
    for (const comment of comments) {
        if (startsWithMarker(comment.body, marker) && isOwnComment(comment.author, ownLogin))
            return comment;
    }
    return undefined;
}
/** The body as posted: the hidden marker first, so the comment is found again next run. */
function withMarker(body, marker) {
    return body.startsWith(marker) ? body : `${marker}\n${body}`;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/github/errors.ts

/** How every GitHubApiError's message starts. */
const GITHUB_API_PREFIX = "GitHub API: ";
/** A GitHub REST call failed. The message carries GitHub's words, never the token. */
class GitHubApiError extends Error {
    /** HTTP status, or undefined when no response came back. */
    status;
    operation;
    constructor(operation, status, detail) {
        super(`${GITHUB_API_PREFIX}${operation} failed${status === undefined ? "" : ` (HTTP ${status})`}: ${detail}`);
        this.name = "GitHubApiError";
        this.status = status;
        this.operation = operation;
    }
}
/**
 * What went wrong with a call to the API, in words to follow a caller's own `GitHub API: `, so
 * the prefix is said once.
 */
function apiProblemText(error) {
    const message = (0,errors/* errorMessage */.g)(error);
    return message.startsWith(GITHUB_API_PREFIX) ? message.slice(GITHUB_API_PREFIX.length) : message;
}
/**
 * The token may read but not write, as on a pull request from a fork. Not a failure of the
 * run: the caller skips the comment and says so in a notice.
 */
class ReadOnlyTokenError extends GitHubApiError {
    constructor(operation, status, detail) {
        super(operation, status, detail);
        this.name = "ReadOnlyTokenError";
        this.message =
            `The GitHub token cannot ${operation} (HTTP ${status}: ${detail}). ` +
                "It is read-only here (a pull request from a fork, or `permissions` without `pull-requests: write`).";
    }
}
/** GitHub's words for a token that lacks a permission. */
const NOT_ACCESSIBLE = /resource not accessible by|must have (admin|push|write)/i;
/** Turns whatever the HTTP layer threw into a GitHubApiError; `write` marks calls that change state. */
function toGitHubError(operation, error, write = false) {
    if (error instanceof GitHubApiError)
        return error;
    const e = (typeof error === "object" && error !== null ? error : {});
    const status = typeof e.status === "number" && e.status < 600 && e.status >= 100 ? e.status : undefined;
    const detail = apiMessage(e) ?? (0,errors/* errorMessage */.g)(error);
    const noResponse = status === 500 && e.response === undefined;
    if (write && (status === 403 || status === 404) && NOT_ACCESSIBLE.test(detail)) {
        return new ReadOnlyTokenError(operation, status, detail);
    }
    return new GitHubApiError(operation, noResponse ? undefined : status, detail);
}
function apiMessage(e) {
    const data = e.response?.data;
    if (typeof data === "object" && data !== null && "message" in data) {
        const message = data.message;
        if (typeof message === "string" && message !== "")
            return message;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/github/types.ts
/** The compare endpoint lists at most this many files, and only on its first page. */
const COMPARE_FILE_LIMIT = 300;
/** The pull request files endpoint lists at most this many files. */
const PULL_FILES_LIMIT = 3000;

;// CONCATENATED MODULE: ./src/github/client.ts




const PER_PAGE = 100;
/**
 * The GitHub REST API for one repository. `@actions/github` (and Octokit behind it) is loaded on
 * first use, so a run that never talks to GitHub never pays for loading it.
 */
function createGitHubApi(options) {
    const repo = options.repository;
    const serverUrl = (options.serverUrl ?? "https://github.com").replace(/\/+$/, "");
    let octokit;
    let ownLogin;
    const client = () => (octokit ??= loadOctokit(options));
    const identity = () => (ownLogin ??= client().then(tokenLogin));
    const call = async (operation, write, fn) => {
        try {
            return await fn(await client());
        }
        catch (error) {
            throw toGitHubError(operation, error, write);
        }
    };
    const listComments = (issueNumber) => call(`list the comments of #${issueNumber}`, false, async (o) => {
        const rows = await o.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
            ...repo,
            issue_number: issueNumber,
            per_page: PER_PAGE,
        });
        return rows.map(toComment);
    });
    const findStickyComment = async (issueNumber, marker, login) => {
        const comments = await listComments(issueNumber);
        // Only when some comment starts with the marker is it worth asking who the token is.
        if (!comments.some((c) => startsWithMarker(c.body, marker)))
            return undefined;
        return pickStickyComment(comments, marker, login ?? (await identity()));
    };
    return {
        listPullFiles: (pullNumber) => call(`list the files of pull request #${pullNumber}`, false, async (o) => {
            const rows = await o.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
                ...repo,
                pull_number: pullNumber,
                per_page: PER_PAGE,
            });
            return rows.map(toRemoteFile);
        }),
        compare: (base, head) => call(`compare ${base}...${head}`, false, async (o) => {
            // Files come only with the first page; later pages carry more commits, not files.
            const { data } = await o.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
                ...repo,
                basehead: `${base}...${head}`,
                per_page: PER_PAGE,
            });
            const files = (data.files ?? []).map(toRemoteFile);
            const result = {
                files,
                truncated: files.length >= COMPARE_FILE_LIMIT,
                status: data.status,
            };
            if (data.merge_base_commit?.sha)
                result.mergeBaseSha = data.merge_base_commit.sha;
            return result;
        }),
        listReleases: () => call("list releases", false, async (o) => {
            const rows = await o.paginate("GET /repos/{owner}/{repo}/releases", {
                ...repo,
                per_page: PER_PAGE,
            });
            return rows.map(toRelease);
        }),
        listWorkflowRuns: (query) => call(`list the runs of workflow ${query.workflow}`, false, async (o) => {
            const { data } = await o.request("GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs", {
                ...repo,
                workflow_id: query.workflow,
                per_page: query.perPage ?? PER_PAGE,
                page: query.page ?? 1,
                ...(query.branch === undefined ? {} : { branch: query.branch }),
                ...(query.event === undefined ? {} : { event: query.event }),
                ...(query.status === undefined ? {} : { status: query.status }),
            });
            return data.workflow_runs.map(toWorkflowRun);
        }),
        pullsForCommit: (sha) => call(`list the pull requests of commit ${sha}`, false, async (o) => {
            const rows = await o.paginate("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", {
                ...repo,
                commit_sha: sha,
                per_page: PER_PAGE,
            });
            return rows.map(toPullRef);
        }),
        findStickyComment,
        upsertStickyComment: async (issueNumber, marker, body) => {
            const text = withMarker(body, marker);
            const existing = await findStickyComment(issueNumber, marker);
            if (existing !== undefined && existing.body === text) {
                return {
                    action: "unchanged",
                    id: existing.id,
                    url: existing.url,
                };
            }
            if (existing !== undefined) {
                return call(`update comment ${existing.id} on #${issueNumber}`, true, async (o) => {
                    const { data } = await o.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
                        ...repo,
                        comment_id: existing.id,
                        body: text,
                    });
                    return {
                        action: "updated",
                        id: Number(data.id),
                        url: data.html_url,
                    };
                });
            }
            return call(`comment on #${issueNumber}`, true, async (o) => {
                const { data } = await o.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
                    ...repo,
                    issue_number: issueNumber,
                    body: text,
                });
                return {
                    action: "created",
                    id: Number(data.id),
                    url: data.html_url,
                };
            });
        },
        downloadReleaseAsset: (assetId, destPath, signal, maxBytes) => call(`download release asset ${assetId}`, false, async (o) => {
            // GitHub answers with a redirect to storage; fetch follows it and, the storage being
            // another origin, does not forward the token.
            const response = await o.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
                ...repo,
                asset_id: assetId,
                headers: { accept: "application/octet-stream" },
                request: { parseSuccessResponseBody: false, ...(signal ? { signal } : {}) },
            });
            const body = response.data;
            if (body === null || typeof body !== "object" || !("getReader" in body)) {
                throw new Error("the response had no body");
            }
            return streamToFile(body, destPath, signal, maxBytes);
        }),
        findReleaseAssetByUrl: async (url) => {
            const link = parseReleaseDownloadUrl(url, serverUrl);
            if (link === undefined || !isSameRepo(link, repo))
                return undefined;
            try {
                const { data } = await (await client()).request("GET /repos/{owner}/{repo}/releases/tags/{tag}", {
                    ...repo,
                    tag: link.tag,
                });
                const asset = data.assets.find((a) => a.name === link.name);
                return asset === undefined ? undefined : toAsset(asset);
            }
            catch (error) {
                const e = toGitHubError(`find release ${link.tag}`, error);
                if (e.status === 404)
                    return undefined;
                throw e;
            }
        },
    };
}
/**
 * The login the token comments as. GraphQL's `viewer` answers for a personal access token (its
 * user) and for an installation token (its app, `github-actions[bot]` for the job's token) alike,
 * where REST's `GET /user` refuses installation tokens (403); `GET /user` is the fallback for a
 * server without GraphQL. When neither answers, the job's own token is the likely one.
 */
async function tokenLogin(octokit) {
    try {
        const answer = await octokit.graphql("query { viewer { login } }");
        const login = answer.viewer?.login;
        if (typeof login === "string" && login !== "")
            return login;
    }
    catch {
        // Fall through to REST.
    }
    try {
        return (await octokit.request("GET /user")).data.login;
    }
    catch {
        return ACTIONS_BOT_LOGIN;
    }
}
async function loadOctokit(options) {
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
    const warn = options.warn ?? (() => undefined);
    const quiet = () => undefined;
    return getOctokit(options.token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ""),
        log: { debug: quiet, info: quiet, warn, error: warn },
    });
}
// ---- from the API's shapes to ours ---------------------------------------------------------------
function toRemoteFile(row) {
    const file = { path: row.filename, status: row.status };
    if (row.previous_filename)
        file.previousPath = row.previous_filename;
    return file;
}
function toAsset(row) {
    return {
        id: row.id,
        name: row.name,
        size: row.size,
        contentType: row.content_type,
        downloadUrl: row.browser_download_url,
    };
}
function toRelease(row) {
    const release = {
        id: row.id,
        tagName: row.tag_name,
        draft: row.draft,
        prerelease: row.prerelease,
        createdAt: row.created_at,
        assets: row.assets.map(toAsset),
    };
    if (row.name)
        release.name = row.name;
    if (row.published_at)
        release.publishedAt = row.published_at;
    return release;
}
function toWorkflowRun(row) {
    const run = { id: Number(row.id), headSha: row.head_sha, event: row.event };
    if (row.head_branch)
        run.headBranch = row.head_branch;
    if (row.status)
        run.status = row.status;
    if (row.conclusion)
        run.conclusion = row.conclusion;
    if (Number.isSafeInteger(row.run_number))
        run.runNumber = row.run_number;
    if (row.created_at)
        run.createdAt = row.created_at;
    return run;
}
function toPullRef(row) {
    return {
        number: row.number,
        state: row.state,
        headSha: row.head.sha,
        baseRef: row.base.ref,
        url: row.html_url,
    };
}
function toComment(row) {
    return {
        id: row.id,
        body: row.body ?? "",
        url: row.html_url,
        author: row.user ? { login: row.user.login, type: row.user.type } : undefined,
    };
}

;// CONCATENATED MODULE: ./src/github/index.ts
// The GitHub REST layer: one interface (GitHubApi), one implementation over @actions/github.






;// CONCATENATED MODULE: ./src/results.ts
/** The JSON shape of each entry of the `results` output: exactly SPEC §3's fields. */
function toOutputResult(r) {
    return {
        file: r.file,
        status: r.status,
        title: r.title ?? null,
        key: r.key ?? null,
        url: r.url ?? null,
        error: r.error ?? null,
    };
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(2011);
;// CONCATENATED MODULE: ./src/report/display.ts


/**
 * Caps on file-derived text, so that one entry stays a bounded size (a title could be most of a
 * 1 MiB file) and a limit can always be met by leaving entries out.
 */
const MAX_CHARS = {
    title: 200,
    file: 300,
    tag: 60,
    message: 500,
    notice: 500,
    mediaType: 20,
    /** An artist, a song title or a chapter's text in a tracklist table. */
    section: 200,
    /** A value in "old → new": tags, a picture's path, hosts. */
    value: 300,
    /** A description is shortened to its start in "old → new". */
    description: 120,
};
/** Shown where a value is not known. */
const UNKNOWN = "—";
function md(text, maxChars) {
    return escapeMarkdown(truncateText(text, maxChars));
}
/** A file name as a code span (`` `cloudcasts/a.yml` ``), optionally with its place (`:3:5`). */
function fileText(file, options = {}) {
    const { at = "", inTableCell = false } = options;
    return codeSpan(truncateText(file, MAX_CHARS.file) + at, { inTableCell });
}
/** The title, linked to the cloudcast when it has a URL; `(no title)` when there is none. */
function titleText(result) {
    const title = result.title?.trim();
    if (title === undefined || title === "")
        return "*(no title)*";
    return markdownLink(md(title, MAX_CHARS.title), result.url);
}
function tagsText(result) {
    const tags = result.details?.tags ?? [];
    return tags.length === 0 ? UNKNOWN : tags.map((t) => md(t, MAX_CHARS.tag)).join(", ");
}
function tracksText(result) {
    const tracks = result.details?.tracks;
    const excluded = result.details?.tracklist?.excluded ?? 0;
    if (tracks === undefined)
        return UNKNOWN;
    return excluded === 0 ? String(tracks) : `${tracks} (${excluded} left out)`;
}
/** ` from show.cue, 3 left out by tracklist_exclude`, after the count of tracks in the comment. */
function tracklistText(result) {
    const tracklist = result.details?.tracklist;
    if (tracklist === undefined)
        return "";
    const from = ` from ${fileText(tracklist.file)}`;
    return tracklist.excluded === 0
        ? from
        : `${from}, ${tracklist.excluded} left out by tracklist_exclude`;
}
function durationText(result) {
    return (0,format/* formatDuration */.a3)(result.details?.audio?.durationSeconds) ?? UNKNOWN;
}
/** `48.2 MB mp3`: size and type, as far as they are known. */
function mediaText(media) {
    if (media === undefined)
        return UNKNOWN;
    const parts = [(0,format/* formatBytes */.z3)(media.size), media.type && md(media.type, MAX_CHARS.mediaType)];
    const known = parts.filter((p) => p !== undefined && p !== "");
    return known.length === 0 ? UNKNOWN : known.join(" ");
}
function noticeText(notice) {
    return md(notice, MAX_CHARS.notice);
}
/** An artist, song title or chapter text, for a tracklist table or a list of changes. */
function sectionText(text) {
    return md(text, MAX_CHARS.section);
}
/** A field's value in "old → new"; a description shortened to its start. */
function valueText(text, field = "value") {
    return md(text, MAX_CHARS[field]);
}
function diagnosticProblem(d) {
    return {
        location: fileText(d.file, { at: `:${d.line}:${d.column}` }),
        shortLocation: fileText(d.file, { at: `:${d.line}` }),
        message: md(d.message, MAX_CHARS.message),
    };
}
/** Every diagnostic of a file, plus its error when it failed (or is invalid with no diagnostic). */
function problemsOf(result) {
    const problems = result.diagnostics.map(diagnosticProblem);
    const error = result.error;
    const errorIsNews = result.status === "failed" || (result.status === "invalid" && problems.length === 0);
    if (error !== undefined && error !== "" && errorIsNews) {
        const file = fileText(result.file);
        problems.push({
            location: file,
            shortLocation: file,
            message: md(error, MAX_CHARS.message),
        });
    }
    return problems;
}
/** Every warning of a file, where it is and what it says, escaped. */
function warningsOf(result) {
    return result.warnings.map(diagnosticProblem);
}
function countWarnings(results) {
    return results.reduce((sum, r) => sum + r.warnings.length, 0);
}
/** The line under the counts when there are warnings: how many, and that they do not block. */
function warningsText(count) {
    if (count === 0)
        return "";
    return `⚠️ **${(0,format/* plural */.LS)(count, "warning")}**: what Mixcloud may hold against a show (mute it, refuse it, keep it in the drafts). Warnings do not stop publishing; fix them before Mixcloud finds them.`;
}
/** What was done, for the line under the heading. */
function modeText(report) {
    return report.dryRun
        ? "Dry run: nothing was uploaded. The cloudcasts were validated and their media checked."
        : "";
}
/** The consequence of invalid files, which SPEC §4 makes block the whole run. */
function invalidText(report, invalid) {
    if (invalid === 0)
        return "";
    const files = (0,format/* plural */.LS)(invalid, "file is", "files are");
    return report.dryRun
        ? `**${files} invalid**: fix the problems below, or nothing will be published.`
        : `**${files} invalid**, so nothing was published: fix the problems below and run again.`;
}
/** For a run that selected no cloudcast file. The globs are the `files` input's business. */
const NOTHING_TO_PUBLISH = "No cloudcast file changed, so there is nothing to publish. (Which files count as cloudcasts is set by the `files` input.)";
/**
 * The paragraphs under the heading of the summary and the comment alike, each followed by an
 * empty line: what was done, the counts, what the invalid files mean, the warnings.
 */
function overviewLines(report) {
    const counts = (0,format/* countStatuses */.ip)(report.results);
    const total = report.results.length;
    const paragraphs = [
        modeText(report),
        total > 0 ? countsText(total, (0,format/* formatCounts */.gM)(counts)) : "",
        invalidText(report, counts.invalid),
        warningsText(countWarnings(report.results)),
    ];
    return paragraphs.filter((p) => p !== "").flatMap((p) => [p, ""]);
}
/** `**3 files**: 2 ✅ published · 1 ❌ invalid` */
function countsText(total, counts) {
    return `**${(0,format/* plural */.LS)(total, "file")}**: ${counts}`;
}
/**
 * `… and 3 more files and 40 more problems not shown (see …)`: what was left out, group by
 * group, given each group's noun and how many of it are missing.
 */
function omittedNote(omitted, see) {
    const parts = omitted
        .filter((o) => o.count > 0)
        .map((o) => `${o.count} more ${o.count === 1 ? o.noun : (o.plural ?? `${o.noun}s`)}`);
    if (parts.length === 0)
        return "";
    return `*… and ${parts.join(" and ")} not shown (see ${see}).*`;
}

;// CONCATENATED MODULE: ./src/report/outputs.ts
/** The step outputs of SPEC §3, as strings ready for `core.setOutput`. */




/**
 * `urls` holds exactly the cloudcasts this run published or updated (SPEC §3): an `unchanged`
 * or `skipped` one already existed and was not touched, so a step that announces new uploads
 * must not see it. Their URLs are still in `results`.
 */
function publishedUrls(results) {
    return results
        .filter((r) => r.status === "published" || r.status === "updated")
        .flatMap((r) => (r.url === undefined || r.url === "" ? [] : [r.url]))
        .join("\n");
}
/** Every selected file that parsed and validated: all statuses but `invalid`, in file order. */
function matrix(results) {
    const include = results.filter((r) => r.status !== "invalid").map((r) => ({ file: r.file }));
    return JSON.stringify({ include });
}
/** Output name → value. Text is passed through unchanged: outputs are data, not display. */
function buildOutputs(report) {
    const counts = (0,format/* countStatuses */.ip)(report.results);
    return {
        [constants/* Outputs */.tY.Urls]: publishedUrls(report.results),
        [constants/* Outputs */.tY.Results]: JSON.stringify(report.results.map(toOutputResult)),
        [constants/* Outputs */.tY.Published]: String(counts.published),
        [constants/* Outputs */.tY.Updated]: String(counts.updated),
        [constants/* Outputs */.tY.Skipped]: String(counts.skipped),
        [constants/* Outputs */.tY.Failed]: String(counts.failed),
        [constants/* Outputs */.tY.Invalid]: String(counts.invalid),
        [constants/* Outputs */.tY.Warnings]: String(countWarnings(report.results)),
        [constants/* Outputs */.tY.Matrix]: matrix(report.results),
    };
}

;// CONCATENATED MODULE: ./src/report/annotations.ts

const TITLE_PREFIX = "mixcloud-publish";
/** A message quoting a huge value from a file is still one readable annotation. */
const MAX_MESSAGE_CHARS = 2000;
const MAX_TITLE_CHARS = 200;
function title(rule) {
    return escapeWorkflowCommandText(truncateText(`${TITLE_PREFIX}: ${rule}`, MAX_TITLE_CHARS));
}
function message(text) {
    return escapeWorkflowCommandText(truncateText(text, MAX_MESSAGE_CHARS));
}
/**
 * Only sanitised, not defused: the path must still name the file for GitHub to attach the
 * annotation, and @actions/core escapes `:` and `,` in properties, so it cannot end the command.
 */
function filePath(file) {
    return sanitizeText(file);
}
function positive(n) {
    return Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;
}
/**
 * GitHub keeps columns only for a single-line annotation. A Diagnostic's `endColumn` is
 * exclusive; an annotation's reads as the last column covered, so it is one less (but never
 * before the start, for the empty span at a file's start).
 */
function position(d) {
    const startLine = positive(d.line);
    const startColumn = positive(d.column);
    const endLine = Math.max(startLine, positive(d.endLine));
    if (endLine !== startLine)
        return { startLine, startColumn, endLine };
    return { startLine, startColumn, endLine, endColumn: Math.max(startColumn, d.endColumn - 1) };
}
function forDiagnostic(d) {
    return {
        level: d.severity === "warning" ? "warning" : "error",
        message: message(d.message),
        properties: { title: title(d.rule), file: filePath(d.file), ...position(d) },
    };
}
/**
 * A failure points at its line when it has one (a medium that could not be fetched: its `audio:`
 * line); otherwise (an upload error, …) at the file's first line.
 */
function forError(file, error, rule, at) {
    const where = at === undefined ? { startLine: 1, startColumn: 1, endLine: 1 } : position(at);
    return {
        level: "error",
        message: message(error),
        properties: { title: title(rule), file: filePath(file), ...where },
    };
}
function forResult(result) {
    const annotations = result.diagnostics.map(forDiagnostic);
    const error = result.error;
    if (error === undefined || error === "")
        return annotations;
    if (result.status === "failed")
        annotations.push(forError(result.file, error, "publish-failed", result.errorAt));
    // An invalid file's `error` only sums up its diagnostics; alone, it is the only trace.
    else if (result.status === "invalid" && annotations.length === 0)
        annotations.push(forError(result.file, error, "invalid"));
    return annotations;
}
/**
 * One annotation per diagnostic, plus one per failed file, in file order; then one per warning.
 * Errors come first: GitHub shows only the first 10 of each level a step, and the errors are
 * what must be fixed.
 */
function annotationsFor(results) {
    return [...results.flatMap(forResult), ...results.flatMap((r) => r.warnings.map(forDiagnostic))];
}

;// CONCATENATED MODULE: ./src/report/blocks.ts
function collectBlocks(results, block, layout = (lines) => lines.join("\n")) {
    const entries = [];
    const indexOf = results.map((r) => {
        const lines = block(r);
        return lines.length === 0 ? -1 : entries.push(layout(lines)) - 1;
    });
    return { entries, indexOf };
}
/**
 * File `i`'s block when it is among the first `shown`, `leftOut` (a short line saying it is
 * elsewhere) when it is not, undefined when the file has none.
 */
function blockFor(blocks, i, shown, leftOut) {
    const at = blocks.indexOf[i] ?? -1;
    if (at < 0)
        return undefined;
    return at < shown ? (blocks.entries[at] ?? "") : leftOut();
}
/** What was left out for room, for the note under a report. Never grows as more is shown. */
function leftOutText(tracklists, changes) {
    const parts = [];
    if (tracklists > 0)
        parts.push(`${tracklists} tracklist${tracklists === 1 ? "" : "s"}`);
    if (changes > 0)
        parts.push(`${changes} list${changes === 1 ? "" : "s"} of changes`);
    return parts.join(" and ");
}

;// CONCATENATED MODULE: ./src/cloudcast/diff-result.ts
/** Whether Mixcloud gets anything different: no field and no section changed. */
function isUnchanged(diff) {
    return diff.fields.length === 0 && diff.sections.length === 0 && diff.rewritten === undefined;
}

// EXTERNAL MODULE: ./src/cloudcast/start-time.ts
var start_time = __nccwpck_require__(6134);
;// CONCATENATED MODULE: ./src/report/tracklist.ts
/**
 * A show's tracklist as Mixcloud will get it, for the job summary and the PR comment: a collapsed
 * `<details>` block holding a table (start as Mixcloud shows it, artist, title, or a chapter's
 * text), a ⚠️ on the rows a warning is about, and the entries `tracklist_exclude` left out, each
 * with the pattern that matched it. Every text from a file is escaped (see display.ts).
 */




const TABLE_HEAD = ["| Start | Artist | Title |", "| ---: | --- | --- |"];
const LEFT_OUT_HEAD = ["| Start | Artist | Title | Left out by |", "| ---: | --- | --- | --- |"];
/** `Tracklist — 14 tracks, 2 left out` */
function tracklistTitle(result) {
    const details = result.details;
    const left = details?.tracklist?.excluded ?? 0;
    const tracks = (0,format/* plural */.LS)(details?.tracks ?? 0, "track");
    return left === 0 ? `Tracklist — ${tracks}` : `Tracklist — ${tracks}, ${left} left out`;
}
/** Whether the file has a tracklist to show: sections, or entries left out of one. */
function hasTracklist(result) {
    const details = result.details;
    return (details?.sections?.length ?? 0) > 0 || (details?.tracklist?.left?.length ?? 0) > 0;
}
/** The block, as lines; empty when there is no tracklist to show. */
function tracklistBlock(result) {
    if (!hasTracklist(result))
        return [];
    const rows = result.details?.sections ?? [];
    const left = result.details?.tracklist?.left ?? [];
    const warned = new Set(result.warnings.map((w) => placeKey(w.file, w.line, w.column)));
    const marked = rows.map((r) => r.at !== undefined && warned.has(placeKey(r.at.file, r.at.line, r.at.column)));
    const lines = [`<details><summary>${tracklistTitle(result)}</summary>`, ""];
    if (rows.length > 0) {
        lines.push(...TABLE_HEAD, ...rows.map((r, i) => `| ${cells(r.section, marked[i] === true).join(" | ")} |`), "");
    }
    if (marked.includes(true))
        lines.push("⚠️ marks a track a warning is about (see the warnings).", "");
    if (left.length > 0) {
        lines.push("Left out by `tracklist_exclude`:", "", ...LEFT_OUT_HEAD);
        for (const entry of left) {
            const pattern = codeSpan(entry.pattern, { inTableCell: true });
            lines.push(`| ${[...cells(entry.section, false), pattern].join(" | ")} |`);
        }
        lines.push("");
    }
    lines.push("</details>");
    return lines;
}
/** Start, artist and title; a chapter's text takes the title's place. */
function cells(section, warned) {
    const start = `${warned ? "⚠️ " : ""}${startText(section.start)}`;
    return section.kind === "track"
        ? [start, sectionText(section.artist), sectionText(section.song)]
        : [start, "*chapter*", sectionText(section.chapter)];
}
/** `4:30`, `1:02:03`: as Mixcloud shows a section's start. */
function startText(seconds) {
    return (0,start_time/* formatStartTime */.z)(Math.max(0, Math.floor(seconds)));
}
function placeKey(file, line, column) {
    return `${line}:${column}:${file}`;
}

;// CONCATENATED MODULE: ./src/report/change.ts
/**
 * What an edit changes on Mixcloud, for the job summary and the PR comment: each changed field as
 * "old → new", then the tracks added, removed or changed, each with its start — never the whole
 * tracklist twice. Every text from a file is escaped (see display.ts).
 */





/** Said for an edit that leaves everything Mixcloud gets as it was (a YAML comment, a reflow). */
const NO_CHANGE = "no change to what Mixcloud gets";
/**
 * The block, as lines; empty for a file without a previous version. A preview says what changes;
 * a publishing run's report, what changed.
 */
function changeBlock(result, dryRun) {
    const change = result.details?.change;
    if (change === undefined)
        return [];
    const edit = change.renamedFrom === undefined
        ? "**Edit**"
        : `**Edit** (renamed from ${fileText(change.renamedFrom)})`;
    if ("unreadable" in change) {
        return [
            `${edit}: the previous version is not a valid cloudcast (${valueText(change.unreadable)}), so what ${dryRun ? "changes" : "changed"} cannot be shown.`,
        ];
    }
    const diff = change.diff;
    if (isUnchanged(diff))
        return [`${edit}: ${NO_CHANGE} (the file changed, the show does not).`];
    return [
        `${edit} — what ${dryRun ? "changes" : "changed"} on Mixcloud:`,
        "",
        ...diff.fields.map(fieldLine),
        ...sectionLines(diff),
    ];
}
const FIELD_LABEL = {
    title: "Title",
    description: "Description",
    tags: "Tags",
    picture: "Picture",
    audio: "Audio",
    unlisted: "Unlisted",
    "publish date": "Publish date",
    "comments disabled": "Comments disabled",
    "stats hidden": "Stats hidden",
    hosts: "Hosts",
    key: "Key",
};
/** Why some changes land differently from the rest. */
const FIELD_NOTE = {
    audio: " (an edit does not replace the audio of a show already on Mixcloud)",
    key: " (the file now points at another Mixcloud show)",
};
/** A path or URL as long as a file allows still leaves room for the rest of the comment. */
const MAX_MEDIA_CHARS = 300;
function fieldLine(change) {
    const value = (text) => {
        if (text === undefined)
            return FLAG_FIELDS.has(change.field) ? "no" : "*(none)*";
        if (change.field === "picture" || change.field === "audio")
            return codeSpan(truncateText(text, MAX_MEDIA_CHARS));
        return valueText(text, change.field === "description" ? "description" : "value");
    };
    const note = FIELD_NOTE[change.field] ?? "";
    return `- ${FIELD_LABEL[change.field]}: ${value(change.before)} → ${value(change.after)}${note}`;
}
const FLAG_FIELDS = new Set([
    "unlisted",
    "comments disabled",
    "stats hidden",
]);
function sectionLines(diff) {
    if (diff.rewritten !== undefined) {
        const { before, after } = diff.rewritten;
        return [
            `- Tracks: rewritten (${(0,format/* plural */.LS)(before, "track")} before, ${(0,format/* plural */.LS)(after, "track")} now): see the tracklist`,
        ];
    }
    if (diff.sections.length === 0)
        return [];
    const counts = ["changed", "added", "removed"]
        .map((kind) => [kind, diff.sections.filter((s) => s.kind === kind).length])
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => `${n} ${kind}`);
    return [
        `- Tracks: ${counts.join(", ")}`,
        ...diff.sections.map((s) => `  - ${sectionChangeText(s)}`),
    ];
}
function sectionChangeText(change) {
    if (change.kind === "added")
        return `➕ ${startText(change.after.start)} ${sectionName(change.after)}`;
    if (change.kind === "removed") {
        return `➖ ${startText(change.before.start)} ${sectionName(change.before)}`;
    }
    const { before, after } = change;
    return `✏️ ${startText(after.start)} ${sectionName(after)}: ${partChanges(before, after).join("; ")}`;
}
/** `Artist — Title`, or a chapter's text. */
function sectionName(section) {
    return section.kind === "track"
        ? `${sectionText(section.artist)} — ${sectionText(section.song)}`
        : `*chapter* ${sectionText(section.chapter)}`;
}
/** `artist Moodymann → Moody Mann`, `start 4:30 → 4:35`, … */
function partChanges(before, after) {
    const parts = [];
    if (before.start !== after.start) {
        parts.push(`start ${startText(before.start)} → ${startText(after.start)}`);
    }
    const [was, is] = [textParts(before), textParts(after)];
    for (const part of ["artist", "title", "chapter"]) {
        if (was[part] === is[part])
            continue;
        parts.push(`${part} ${partText(was[part])} → ${partText(is[part])}`);
    }
    return parts;
}
function textParts(section) {
    return section.kind === "track"
        ? { artist: section.artist, title: section.song }
        : { chapter: section.chapter };
}
function partText(text) {
    return text === undefined ? "*(none)*" : sectionText(text);
}

;// CONCATENATED MODULE: ./src/report/findings.ts


/** The file's problems (errors, and its failure), one list item each. */
function problemItems(result, options) {
    return items(problemsOf(result), "", "problem", options);
}
/** The file's warnings, one list item each, marked ⚠️. */
function warningItems(result, options) {
    return items(warningsOf(result), "⚠️ ", "warning", options);
}
function items(findings, mark, noun, { location, max = Infinity, rest = "the job summary" }) {
    const lines = findings
        .slice(0, max)
        .map((f) => `- ${mark}${location === "full" ? f.location : f.shortLocation} — ${f.message}`);
    const more = findings.length - lines.length;
    if (more > 0)
        lines.push(`- *… and ${(0,format/* plural */.LS)(more, `more ${noun}`)} (see ${rest})*`);
    return lines;
}

;// CONCATENATED MODULE: ./src/report/fit.ts
/**
 * Keeping a rendered report under a size limit by leaving out whole entries (table rows, list
 * items), never cutting one in half.
 *
 * A report is fixed text plus groups of entries; `render(shown)` draws it with the first
 * `shown[i]` entries of group i, one entry per line (or block) joined by a newline, and a note
 * counting what was left out. For the arithmetic below to hold, `render` must:
 * - draw each group's heading whether or not any of its entries are shown, and
 * - write a note that never grows when more entries are shown (fewer left out: no more digits).
 * Then the size of any selection is at most the size with none shown plus, for each entry shown,
 * its size and one newline.
 *
 * Groups may be ranked in tiers: the budget goes to the first tier's groups (shared fairly among
 * them), what is left to the next tier, and so on — so whole tracklists are left out before the
 * changes of an edit, and those before any problem or warning.
 */
const NEWLINE_COST = 1;
const sum = (values) => values.reduce((a, b) => a + b, 0);
/**
 * Max-min fair shares of the budget: a group that needs less than an equal share gets what it
 * needs, and the others split the rest — so 5,000 problems cannot crowd out every table row.
 */
function fairShares(needs, budget) {
    const shares = needs.map(() => 0);
    let remaining = budget;
    let open = needs.map((_, i) => i);
    while (open.length > 0) {
        const equal = remaining / open.length;
        const satisfied = open.filter((i) => (needs[i] ?? 0) <= equal);
        if (satisfied.length === 0) {
            for (const i of open)
                shares[i] = equal;
            break;
        }
        for (const i of satisfied) {
            shares[i] = needs[i] ?? 0;
            remaining -= needs[i] ?? 0;
        }
        open = open.filter((i) => !satisfied.includes(i));
    }
    return shares;
}
/** How many leading entries fit in `room`, starting after the first `from`. */
function extendPrefix(costs, from, room) {
    let count = from;
    let used = 0;
    while (count < costs.length && used + (costs[count] ?? 0) <= room) {
        used += costs[count] ?? 0;
        count += 1;
    }
    return count;
}
/** Entries per group within the budget: fair shares first, then leftovers to groups in order. */
function allocate(costs, budget) {
    const shares = fairShares(costs.map(sum), budget);
    const shown = costs.map((c, i) => extendPrefix(c, 0, shares[i] ?? 0));
    let left = budget - sum(costs.map((c, i) => sum(c.slice(0, shown[i]))));
    costs.forEach((c, i) => {
        const before = shown[i] ?? 0;
        const after = extendPrefix(c, before, left);
        left -= sum(c.slice(before, after));
        shown[i] = after;
    });
    return shown;
}
/** Entries per group, tier by tier: each tier shares what the tiers before it left. */
function allocateByTier(costs, tiers, budget) {
    const shown = costs.map(() => 0);
    let left = budget;
    for (const tier of [...new Set(tiers)].sort((a, b) => a - b)) {
        const members = costs.map((_, i) => i).filter((i) => tiers[i] === tier);
        const taken = allocate(members.map((i) => costs[i] ?? []), left);
        members.forEach((group, k) => {
            shown[group] = taken[k] ?? 0;
            left -= sum((costs[group] ?? []).slice(0, shown[group]));
        });
    }
    return shown;
}
/** Takes one more entry away from the last group that shows any; false when none do. */
function dropLast(shown) {
    for (let i = shown.length - 1; i >= 0; i -= 1) {
        if ((shown[i] ?? 0) > 0) {
            shown[i] = (shown[i] ?? 0) - 1;
            return true;
        }
    }
    return false;
}
/**
 * The whole report when it fits; otherwise as many leading entries of each group as fit.
 * Throws a RangeError only when the limit cannot hold even the fixed text (a caller's mistake).
 */
function fitToLimit({ groups, render, limit, measure, tiers }) {
    const costs = groups.map((g) => g.map((entry) => measure(entry) + NEWLINE_COST));
    // Every entry is in the full report with its newline, so when they alone exceed the limit,
    // drawing the full report (which may run to many megabytes) is wasted work.
    if (sum(costs.map(sum)) <= limit) {
        const full = render(groups.map((g) => g.length));
        if (measure(full) <= limit)
            return full;
    }
    const bare = render(groups.map(() => 0));
    const budget = limit - measure(bare);
    if (budget < 0) {
        throw new RangeError(`A report limit of ${limit} is too small: its fixed text alone takes ${measure(bare)}.`);
    }
    const shown = allocateByTier(costs, tiers ?? groups.map(() => 0), budget);
    let text = render(shown);
    // Guards the invariant above should `render` ever break it: smaller, never over the limit.
    while (measure(text) > limit && dropLast(shown))
        text = render(shown);
    return text;
}

;// CONCATENATED MODULE: ./src/report/summary.ts








/** GitHub takes at most 1 MiB per step summary; stay clear of it. */
const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;
const summary_TABLE_HEAD = [
    "| Status | Title | File | Tags | Tracks | Duration | Audio | Picture |",
    "| --- | --- | --- | --- | ---: | ---: | --- | --- |",
];
function tableRow(result) {
    const cells = [
        (0,format/* statusBadge */.Od)(result.status),
        titleText(result),
        fileText(result.file, { inTableCell: true }),
        tagsText(result),
        tracksText(result),
        durationText(result),
        mediaText(result.details?.audio),
        mediaText(result.details?.picture),
    ];
    return `| ${cells.join(" | ")} |`;
}
const FINDINGS = { location: "full" };
function heading(report) {
    const title = report.dryRun ? "## 🎧 Mixcloud publish — dry run" : "## 🎧 Mixcloud publish";
    return [title, "", ...overviewLines(report)];
}
function footer(report) {
    const parts = [`Event: ${escapeMarkdown(report.eventName)}`];
    if (report.repository !== undefined)
        parts.push(escapeMarkdown(report.repository));
    const sha = (0,format/* shortSha */.Fu)(report.sha);
    if (sha !== undefined)
        parts.push(`commit ${sha}`);
    if (report.runUrl !== undefined)
        parts.push(markdownLink("workflow run", report.runUrl));
    return [`<sub>${parts.join(" · ")}</sub>`];
}
function entries(report) {
    const results = report.nothingSelected ? [] : report.results;
    const all = {
        notices: report.notices.map((n) => `- ℹ️ ${noticeText(n)}`),
        rows: results.map(tableRow),
        problems: report.results.flatMap((r) => problemItems(r, FINDINGS)),
        warnings: report.results.flatMap((r) => warningItems(r, FINDINGS)),
        changes: collectBlocks(results, (r) => changeBlock(r, report.dryRun)),
        tracklists: collectBlocks(results, tracklistBlock),
        sections: [],
    };
    return { ...all, sections: fileSections({ ...report, results }, all) };
}
/**
 * Per file with a tracklist or an edit, the first `shown.files` of them: its heading, then its
 * blocks or what stands in for them. A heading is an entry of its own for the fitting, so that a
 * thousand files with long titles cannot make the fixed text alone outgrow the limit.
 */
function fileBlocks(report, all, shown) {
    const lines = [];
    let drawn = 0;
    report.results.forEach((result, i) => {
        const change = blockFor(all.changes, i, shown.changes, () => LEFT_OUT);
        const tracklist = blockFor(all.tracklists, i, shown.tracklists, () => leftOutTracklist(result));
        if (change === undefined && tracklist === undefined)
            return;
        if (drawn++ >= shown.files)
            return;
        lines.push(`#### ${titleText(result)} · ${fileText(result.file)}`, "");
        if (change !== undefined)
            lines.push(change, "");
        if (tracklist !== undefined)
            lines.push(tracklist, "");
    });
    return lines;
}
/** Each file's section under "Tracklists and edits", with stand-ins for its blocks. */
function fileSections(report, all) {
    const none = { changes: 0, tracklists: 0 };
    return report.results.flatMap((result, i) => {
        const one = { ...all, changes: pick(all.changes, i), tracklists: pick(all.tracklists, i) };
        const lines = fileBlocks({ ...report, results: [result] }, one, { files: 1, ...none });
        return lines.length === 0 ? [] : [lines.join("\n")];
    });
}
/** File `i`'s block alone, as the blocks of a one-file report. */
function pick(blocks, i) {
    const at = blocks.indexOf[i] ?? -1;
    return at < 0
        ? { entries: [], indexOf: [-1] }
        : { entries: [blocks.entries[at] ?? ""], indexOf: [0] };
}
const LEFT_OUT = "*Edit: its changes are left out for room.*";
function leftOutTracklist(result) {
    return `*${tracklistTitle(result)}: left out for room; \`mixcloud-publish tracklist\` prints it.*`;
}
function section(head, lines) {
    return [...head, ...lines, ""];
}
function draw(report, all, shown) {
    const [notices = 0, rows = 0, problems = 0, warnings = 0, files = 0, changes = 0, tracklists = 0,] = shown;
    const lines = heading(report);
    if (all.notices.length > 0)
        lines.push(...section([], all.notices.slice(0, notices)));
    if (report.nothingSelected || report.results.length === 0) {
        lines.push(NOTHING_TO_PUBLISH, "");
    }
    else {
        lines.push(...section(summary_TABLE_HEAD, all.rows.slice(0, rows)));
    }
    if (all.problems.length > 0) {
        lines.push(...section(["### Problems", ""], all.problems.slice(0, problems)));
    }
    if (all.warnings.length > 0) {
        lines.push(...section(["### Warnings", ""], all.warnings.slice(0, warnings)));
    }
    if (all.changes.entries.length + all.tracklists.entries.length > 0) {
        lines.push("### Tracklists and edits", "", ...fileBlocks(report, all, { files, changes, tracklists }));
    }
    const note = omittedNote([
        { count: all.notices.length - notices, noun: "notice" },
        { count: all.rows.length - rows, noun: "file" },
        { count: all.problems.length - problems, noun: "problem" },
        { count: all.warnings.length - warnings, noun: "warning" },
        {
            count: all.sections.length - files,
            noun: "file's tracklist and edit",
            plural: "files' tracklists and edits",
        },
    ], "the `results` output and the log");
    if (note !== "")
        lines.push(note, "");
    const left = leftOutText(all.tracklists.entries.length - tracklists, all.changes.entries.length - changes);
    if (left !== "")
        lines.push(`*To stay within GitHub's limit on a job summary, this one leaves out ${left}.*`, "");
    lines.push(...footer(report));
    return lines.join("\n") + "\n";
}
const utf8Bytes = (text) => Buffer.byteLength(text, "utf8");
/**
 * Markdown (with a little HTML) for the job summary: heading with the mode and counts, notices,
 * a table with one row per file, the problems and then the warnings as `file:line:col — message`,
 * and a footer.
 * At most `maxBytes` UTF-8 bytes: when longer, whole rows and problems are left out, with a note.
 */
function renderSummary(report, options = {}) {
    // With nothing selected there is no table, so rows are not an entry group to cut.
    const all = entries(report);
    return fitToLimit({
        groups: [
            all.notices,
            all.rows,
            all.problems,
            all.warnings,
            all.sections,
            all.changes.entries,
            all.tracklists.entries,
        ],
        // Whole tracklists go first, then the changes of edits; problems and warnings last.
        tiers: [0, 0, 0, 0, 1, 2, 3],
        render: (shown) => draw(report, all, shown),
        limit: options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES,
        measure: utf8Bytes,
    });
}

;// CONCATENATED MODULE: ./src/report/comment.ts
/** The body of the sticky PR comment: a preview of what a run will publish, or did. */









/** GitHub rejects a comment body over 65,536 characters (UTF-16 code units). */
const DEFAULT_COMMENT_MAX_CHARS = 65_000;
/** A preview, not a log: the rest of a file's problems are in the job summary. */
const MAX_PROBLEMS_PER_FILE = 10;
/** `Tags: a, b · 12 tracks · 1:02:03 · audio 48.2 MB mp3 · picture jpeg 120 kB` */
function detailsLine(result) {
    const details = result.details;
    if (details === undefined)
        return "";
    const parts = [
        `tags: ${tagsText(result)}`,
        (0,format/* plural */.LS)(details.tracks, "track") + tracklistText(result),
        `duration ${durationText(result)}`,
        `audio ${mediaText(details.audio)}`,
    ];
    if (details.picture !== undefined)
        parts.push(`picture ${mediaText(details.picture)}`);
    return parts.join(" · ");
}
const comment_FINDINGS = { location: "short", max: MAX_PROBLEMS_PER_FILE };
/** Lines under a file's list item: indented to stay inside it (blank lines stay blank). */
function indent(lines) {
    return lines.map((line) => (line === "" ? "" : `  ${line}`)).join("\n");
}
/**
 * One list item per file; its details, problems and warnings are indented under it. Problems and
 * warnings are part of the entry: they are never left out while the file is shown.
 */
function entry(result) {
    const head = `- ${(0,format/* statusBadge */.Od)(result.status)} — ${titleText(result)} · ${fileText(result.file)}`;
    const details = detailsLine(result);
    const lines = [];
    if (details !== "")
        lines.push(details);
    lines.push(...problemItems(result, comment_FINDINGS), ...warningItems(result, comment_FINDINGS));
    return lines.length === 0 ? head : `${head}\n${indent(lines)}`;
}
/** Said in place of a block left out for room, so the reader knows it exists and where it is. */
function comment_leftOutTracklist(result) {
    return indent([`*${tracklistTitle(result)}: left out here for room, see the job summary.*`]);
}
const LEFT_OUT_CHANGE = indent([
    "*Edit: its changes are left out here for room, see the job summary.*",
]);
function comment_heading(report) {
    const title = report.dryRun ? "### 🎧 Mixcloud preview" : "### 🎧 Published to Mixcloud";
    return [constants/* COMMENT_MARKER */.JO, title, "", ...overviewLines(report)];
}
function comment_footer(report) {
    const parts = [];
    const sha = (0,format/* shortSha */.Fu)(report.sha);
    if (sha !== undefined)
        parts.push(`Commit ${sha}`);
    if (report.runUrl !== undefined)
        parts.push(markdownLink("workflow run", report.runUrl));
    parts.push(`event ${escapeMarkdown(report.eventName)}`);
    return ["---", `<sub>${parts.join(" · ")}</sub>`];
}
/** A file's entry, with its change and tracklist blocks, or what stands in for them. */
function fileLines(result, i, all, shown) {
    const lines = [all.files[i] ?? ""];
    const change = blockFor(all.changes, i, shown.changes, () => LEFT_OUT_CHANGE);
    if (change !== undefined)
        lines.push("", change);
    const tracklist = blockFor(all.tracklists, i, shown.tracklists, () => comment_leftOutTracklist(result));
    if (tracklist !== undefined)
        lines.push("", tracklist);
    return lines;
}
/** What was left out for room, and where it all is. */
function roomNote(all, changes, tracklists) {
    const what = leftOutText(all.tracklists.entries.length - tracklists, all.changes.entries.length - changes);
    if (what === "")
        return "";
    return `*To stay within GitHub's limit on a comment, this one leaves out ${what}: the job summary of the workflow run has them all; on your machine, \`mixcloud-publish validate\` checks the files and \`mixcloud-publish tracklist\` prints a tracklist file's tracks.*`;
}
function comment_draw(report, all, shown) {
    const [notices = 0, files = 0, changes = 0, tracklists = 0] = shown;
    const lines = comment_heading(report);
    if (all.notices.length > 0)
        lines.push(...all.notices.slice(0, notices), "");
    if (report.nothingSelected || report.results.length === 0)
        lines.push(NOTHING_TO_PUBLISH, "");
    else {
        report.results
            .slice(0, files)
            .forEach((r, i) => lines.push(...fileLines(r, i, all, { changes, tracklists })));
        lines.push("");
    }
    const note = omittedNote([
        { count: all.notices.length - notices, noun: "notice" },
        { count: all.files.length - files, noun: "file" },
    ], "the job summary and the `results` output");
    if (note !== "")
        lines.push(note, "");
    const room = roomNote(all, changes, tracklists);
    if (room !== "")
        lines.push(room, "");
    lines.push(...comment_footer(report));
    return lines.join("\n") + "\n";
}
/**
 * Markdown for the sticky PR comment. Its first line is {@link COMMENT_MARKER}, by which the
 * comment is found again and updated. At most `maxChars` UTF-16 code units (as GitHub counts):
 * when longer, whole tracklists are left out first, then the changes of edits, then whole file
 * entries, each with a note — the comment is never refused.
 */
function renderComment(report, options = {}) {
    const nothing = report.nothingSelected || report.results.length === 0;
    const results = nothing ? [] : report.results;
    const all = {
        notices: report.notices.map((n) => `> ℹ️ ${noticeText(n)}`),
        files: results.map(entry),
        changes: collectBlocks(results, (r) => changeBlock(r, report.dryRun), indent),
        tracklists: collectBlocks(results, tracklistBlock, indent),
    };
    return fitToLimit({
        groups: [
            all.notices,
            // A file costs its entry with what stands in for its blocks: showing one replaces that.
            results.map((r, i) => fileLines(r, i, all, { changes: 0, tracklists: 0 }).join("\n")),
            all.changes.entries,
            all.tracklists.entries,
        ],
        // Whole tracklists go first, then the changes of edits; a file's problems and warnings never.
        tiers: [0, 0, 1, 2],
        render: (shown) => comment_draw(report, all, shown),
        limit: options.maxChars ?? DEFAULT_COMMENT_MAX_CHARS,
        measure: (text) => text.length,
    });
}

;// CONCATENATED MODULE: ./src/report/index.ts







// EXTERNAL MODULE: ./src/diagnostic.ts
var diagnostic = __nccwpck_require__(1348);
;// CONCATENATED MODULE: ./src/action/report.ts





/**
 * Outputs, annotations, notices and the job summary. `summaryFile` is the runner's
 * `GITHUB_STEP_SUMMARY`; outside a runner (a local run) there is none, and the summary is skipped
 * with an info line: the outputs and the log say everything it would.
 */
async function writeRunnerReport(core, report, summaryFile = process.env["GITHUB_STEP_SUMMARY"]) {
    for (const [name, value] of Object.entries(buildOutputs(report)))
        core.setOutput(name, value);
    // GitHub shows at most 10 annotations of a level a step, so every problem and warning is
    // also a log line.
    for (const result of report.results) {
        for (const d of [...result.diagnostics, ...result.warnings])
            core.info(escapeWorkflowCommandText((0,diagnostic/* formatDiagnostic */.xy)(d)));
    }
    for (const { level, message, properties } of annotationsFor(report.results)) {
        if (level === "warning")
            core.warning(message, properties);
        else
            core.error(message, properties);
    }
    for (const notice of report.notices)
        core.notice(notice);
    if (summaryFile === undefined || summaryFile.trim() === "") {
        core.info("No job summary: GITHUB_STEP_SUMMARY is not set (not on a runner).");
        return;
    }
    await core.summary.addRaw(renderSummary(report), true).write();
}
/** Posts or updates the sticky comment; returns a notice when it could not be written. */
async function writeComment(core, report, target) {
    if (target.github === undefined) {
        core.notice("No GitHub token (a pull request from a fork has none): the preview is in the job summary instead of a PR comment.");
        return;
    }
    try {
        const numbers = await pullRequestsToComment(target);
        const body = renderComment(report);
        for (const number of numbers) {
            const written = await target.github.upsertStickyComment(number, constants/* COMMENT_MARKER */.JO, body);
            core.info(`PR comment ${written.action}: ${written.url}`);
        }
    }
    catch (error) {
        if (error instanceof ReadOnlyTokenError) {
            core.notice("The GitHub token may not write comments here (read-only, as on a pull request from a fork): the preview is in the job summary. Give the job `permissions: pull-requests: write` to get the comment.");
        }
        else {
            core.warning(`The PR comment could not be written: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
}
async function pullRequestsToComment(target) {
    if (target.pullRequest !== undefined)
        return [target.pullRequest];
    if (target.pushedSha === undefined || target.github === undefined)
        return [];
    const pulls = await target.github.pullsForCommit(target.pushedSha);
    return [...new Set(pulls.map((pull) => pull.number))];
}

;// CONCATENATED MODULE: ./src/selection/workflow-ref.ts
// Which workflow file runs the action: `GITHUB_WORKFLOW_REF` is
// `OWNER/REPO/.github/workflows/FILE.yml@REF` (GITHUB_PLATFORM.md), and `GITHUB_JOB` the job's id
// in it. Catching up lists that workflow's runs; the concurrency check reads that file.
/**
 * The workflow file named by `GITHUB_WORKFLOW_REF`, when it is one of this repository's
 * (a workflow of another repository, or anything else, is undefined: there is nothing to read).
 */
function parseWorkflowRef(value, repository) {
    const text = value?.trim() ?? "";
    const at = text.lastIndexOf("@");
    if (repository === undefined || at === -1)
        return undefined;
    const prefix = `${repository.owner}/${repository.repo}/`;
    if (text.slice(0, prefix.length).toLowerCase() !== prefix.toLowerCase())
        return undefined;
    const path = text.slice(prefix.length, at);
    const match = /^\.github\/workflows\/([^/\\]+\.ya?ml)$/i.exec(path);
    if (match === null || match[1] === undefined)
        return undefined;
    return { path, file: match[1], ref: text.slice(at + 1) };
}

;// CONCATENATED MODULE: ./src/selection/event.ts



/** The payload lacks what an event needs: the message says what and how to fix it. */
class EventError extends Error {
    constructor(message) {
        super(message);
        this.name = "EventError";
    }
}
const DEFAULT_GITHUB_API_URL = "https://api.github.com";
const DEFAULT_GITHUB_SERVER_URL = "https://github.com";
/** Reads the event context from a runner's environment. Never throws: problems surface on use. */
async function readEventContext(env) {
    const { payload, error } = await readPayload(env["GITHUB_EVENT_PATH"]);
    const repository = parseRepository(env["GITHUB_REPOSITORY"]) ?? repositoryFromPayload(payload);
    const runId = Number(env["GITHUB_RUN_ID"]);
    const context = {
        eventName: env["GITHUB_EVENT_NAME"]?.trim() ?? "",
        payload,
        apiUrl: trimSlash(nonEmpty(env["GITHUB_API_URL"]) ?? DEFAULT_GITHUB_API_URL),
        serverUrl: trimSlash(nonEmpty(env["GITHUB_SERVER_URL"]) ?? DEFAULT_GITHUB_SERVER_URL),
    };
    if (error !== undefined)
        context.payloadError = error;
    const sha = nonEmpty(env["GITHUB_SHA"]);
    if (sha !== undefined)
        context.sha = sha;
    const ref = nonEmpty(env["GITHUB_REF"]);
    if (ref !== undefined)
        context.ref = ref;
    if (repository !== undefined)
        context.repository = repository;
    if (Number.isSafeInteger(runId) && runId > 0)
        context.runId = runId;
    const workflow = parseWorkflowRef(env["GITHUB_WORKFLOW_REF"], repository);
    if (workflow !== undefined)
        context.workflow = workflow;
    const job = nonEmpty(env["GITHUB_JOB"]);
    if (job !== undefined)
        context.job = job;
    return context;
}
async function readPayload(file) {
    if (!nonEmpty(file))
        return { payload: {} };
    try {
        const parsed = JSON.parse(await (0,promises_.readFile)(file, "utf8"));
        if (isRecord(parsed))
            return { payload: parsed };
        return { payload: {}, error: `GITHUB_EVENT_PATH ${file} does not hold a JSON object` };
    }
    catch (error) {
        return {
            payload: {},
            error: `GITHUB_EVENT_PATH ${file} could not be read: ${(0,errors/* errorMessage */.g)(error)}`,
        };
    }
}
function parseRepository(value) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value?.trim() ?? "");
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
function repositoryFromPayload(payload) {
    return parseRepository(stringAt(payload, "repository", "full_name"));
}
// ---- typed accessors -------------------------------------------------------------------------
/** Git's "no commit" object name, used by push events for a created or deleted branch. */
function isZeroSha(sha) {
    return sha !== undefined && /^0+$/.test(sha);
}
function pushInfo(ctx) {
    const p = ctx.payload;
    const before = stringAt(p, "before");
    const after = stringAt(p, "after") ?? ctx.sha;
    const deleted = p["deleted"] === true || isZeroSha(after);
    if (before === undefined || after === undefined)
        throw missing(ctx, "push", "`before` and `after`");
    const info = {
        before,
        after,
        created: p["created"] === true || isZeroSha(before),
        deleted,
        forced: p["forced"] === true,
    };
    const ref = stringAt(p, "ref") ?? ctx.ref;
    if (ref !== undefined)
        info.ref = ref;
    return info;
}
function pullRequestInfo(ctx) {
    const p = ctx.payload;
    const number = p["number"] ?? valueAt(p, "pull_request", "number");
    const baseSha = stringAt(p, "pull_request", "base", "sha");
    const headSha = stringAt(p, "pull_request", "head", "sha");
    if (typeof number !== "number" || baseSha === undefined || headSha === undefined) {
        throw missing(ctx, ctx.eventName || "pull_request", "`pull_request.number`, `base.sha` and `head.sha`");
    }
    const headRepository = stringAt(p, "pull_request", "head", "repo", "full_name");
    const baseRepository = stringAt(p, "pull_request", "base", "repo", "full_name");
    const info = {
        number,
        baseSha,
        headSha,
        isFork: valueAt(p, "pull_request", "head", "repo", "fork") === true ||
            (headRepository !== undefined &&
                baseRepository !== undefined &&
                headRepository !== baseRepository),
    };
    const baseRef = stringAt(p, "pull_request", "base", "ref");
    const headRef = stringAt(p, "pull_request", "head", "ref");
    if (baseRef !== undefined)
        info.baseRef = baseRef;
    if (headRef !== undefined)
        info.headRef = headRef;
    if (headRepository !== undefined)
        info.headRepository = headRepository;
    return info;
}
function releaseInfo(ctx) {
    const p = ctx.payload;
    const tagName = stringAt(p, "release", "tag_name");
    if (tagName === undefined)
        throw missing(ctx, "release", "`release.tag_name`");
    const info = {
        tagName,
        draft: valueAt(p, "release", "draft") === true,
        prerelease: valueAt(p, "release", "prerelease") === true,
    };
    const action = eventAction(ctx);
    if (action !== undefined)
        info.action = action;
    const publishedAt = stringAt(p, "release", "published_at") ?? stringAt(p, "release", "created_at");
    if (publishedAt !== undefined)
        info.publishedAt = publishedAt;
    return info;
}
/** The webhook's `action` (`published`, `checks_requested`, …), when the payload has one. */
function eventAction(ctx) {
    return stringAt(ctx.payload, "action");
}
/** The merge queue's check run: `merge_group.base_sha`...`merge_group.head_sha`. */
function mergeGroupInfo(ctx) {
    const p = ctx.payload;
    const baseSha = stringAt(p, "merge_group", "base_sha");
    const headSha = stringAt(p, "merge_group", "head_sha") ?? ctx.sha;
    if (baseSha === undefined || headSha === undefined) {
        throw missing(ctx, "merge_group", "`merge_group.base_sha` and `merge_group.head_sha`");
    }
    const info = { baseSha, headSha };
    const baseRef = stringAt(p, "merge_group", "base_ref");
    const headRef = stringAt(p, "merge_group", "head_ref");
    if (baseRef !== undefined)
        info.baseRef = baseRef;
    if (headRef !== undefined)
        info.headRef = headRef;
    return info;
}
/** The repository's default branch, when the payload says. */
function defaultBranch(ctx) {
    return stringAt(ctx.payload, "repository", "default_branch");
}
/** The pull request or issue a run is about, if any (for the sticky comment). */
function issueNumber(ctx) {
    const p = ctx.payload;
    const n = valueAt(p, "pull_request", "number") ?? valueAt(p, "issue", "number") ?? p["number"];
    return typeof n === "number" && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
function missing(ctx, event, fields) {
    const why = ctx.payloadError ?? "GITHUB_EVENT_PATH is not set or the payload lacks them";
    return new EventError(`The ${event} event payload has no ${fields} (${why}). ` +
        "Run the action from a workflow triggered by this event, or set `changed-only: false` to take every matching file.");
}
// ---- small helpers over untyped JSON -------------------------------------------------------------
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function valueAt(root, ...keys) {
    let node = root;
    for (const key of keys) {
        if (!isRecord(node))
            return undefined;
        node = node[key];
    }
    return node;
}
function stringAt(root, ...keys) {
    const value = valueAt(root, ...keys);
    return typeof value === "string" && value !== "" ? value : undefined;
}
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
}
function trimSlash(url) {
    return url.replace(/\/+$/, "");
}

// EXTERNAL MODULE: ./src/selection/git.ts
var selection_git = __nccwpck_require__(3782);
;// CONCATENATED MODULE: ./src/selection/release-tags.ts
// Which release came before this one: by version order when the tags are versions, else by
// creation time. Pure functions over tag names and dates; src/changes.ts gathers the candidates.
/** A tag name that can go into a refspec as it is (git forbids these characters in refs anyway). */
function isPlainTagName(name) {
    // eslint-disable-next-line no-control-regex
    return name !== "" && !name.startsWith("-") && !/[\u0000-\u0020\u007f:*?[\\^~]|\.\./.test(name);
}
function parseDate(iso) {
    if (iso === undefined)
        return undefined;
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? undefined : ms;
}
/**
 * The tag released before `current`. When the tags are versions (`v1.2.3`, `2.0`, with the same
 * prefix), the highest lower version; otherwise the newest tag created before `current`.
 */
function previousTag(current, currentCreatedAt, candidates) {
    const others = candidates.filter((c) => c.name !== current);
    const version = parseVersion(current);
    if (version !== undefined) {
        const comparable = others
            .map((c) => ({ name: c.name, version: parseVersion(c.name) }))
            .filter((c) => c.version !== undefined && c.version.prefix === version.prefix);
        if (comparable.length > 0) {
            let best;
            for (const c of comparable) {
                if (c.version === undefined || compareVersions(c.version, version) >= 0)
                    continue;
                if (best === undefined || compareVersions(c.version, best.version) > 0) {
                    best = { name: c.name, version: c.version };
                }
            }
            return best?.name;
        }
    }
    const earlier = others.filter((c) => c.createdAt !== undefined &&
        (currentCreatedAt === undefined || c.createdAt < currentCreatedAt));
    earlier.sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0) || b.name.localeCompare(a.name));
    return earlier[0]?.name;
}
function parseVersion(tag) {
    const match = /^([^\d]*?)(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(tag);
    if (!match)
        return undefined;
    return {
        prefix: match[1] ?? "",
        numbers: (match[2] ?? "").split(".").map(Number),
        pre: match[3] ? match[3].split(".") : [],
    };
}
function compareVersions(a, b) {
    const length = Math.max(a.numbers.length, b.numbers.length);
    for (let i = 0; i < length; i++) {
        const d = (a.numbers[i] ?? 0) - (b.numbers[i] ?? 0);
        if (d !== 0)
            return d;
    }
    if (a.pre.length === 0 || b.pre.length === 0)
        return b.pre.length - a.pre.length;
    const n = Math.max(a.pre.length, b.pre.length);
    for (let i = 0; i < n; i++) {
        const x = a.pre[i];
        const y = b.pre[i];
        if (x === undefined || y === undefined)
            return x === undefined ? -1 : 1;
        const d = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
        if (d !== 0)
            return d;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/selection/catch-up.ts

/**
 * Successful runs are asked for a page at a time, newest first, the next page only when no run of
 * the last one is behind this push: the one to start from is nearly always the first. A run is
 * passed over only when its commit left the branch's history (a forced push), and each such run
 * costs an ancestry check that may fetch history; so at most RUN_PAGES pages of RUNS_PER_PAGE
 * (GitHub's largest page): 300 runs, three requests. Beyond them, the notice says so.
 */
const RUNS_PER_PAGE = 100;
const RUN_PAGES = 3;
async function rangeStart(q) {
    const own = `this push's own range ${catch_up_short(q.before)}..${catch_up_short(q.after)}`;
    if (q.workflow === undefined || q.branch === undefined) {
        return { base: q.before, reason: `Publishing what changed in ${own}.` };
    }
    const what = `${q.workflow.file} on ${q.branch}`;
    const ownRange = (why, notice) => ({
        base: q.before,
        reason: `Publishing what changed in ${own}: ${why}.`,
        ...(notice === undefined ? {} : { notice }),
    });
    if (q.github === undefined) {
        return ownRange("no GitHub token to find earlier runs", needs(own, "the `github-token` input"));
    }
    const github = q.github;
    // Runs of one commit (re-runs, pushes of the same commit) ask git once.
    const behind = new Map();
    const isBehind = (sha) => {
        let answer = behind.get(sha);
        if (answer === undefined)
            behind.set(sha, (answer = q.isAncestor(sha, q.after)));
        return answer;
    };
    let listedAll = false;
    for (let page = 1; page <= RUN_PAGES && !listedAll; page++) {
        let runs;
        try {
            runs = await github.listWorkflowRuns({
                workflow: q.workflow.file,
                branch: q.branch,
                event: "push",
                status: "success",
                perPage: RUNS_PER_PAGE,
                page,
            });
        }
        catch (error) {
            const denied = error instanceof GitHubApiError && (error.status === 403 || error.status === 404);
            const why = `the runs of ${what} could not be listed (${apiProblemText(error)})`;
            return ownRange(why, needs(own, denied ? "`permissions: actions: read`" : "the GitHub API"));
        }
        listedAll = runs.length < RUNS_PER_PAGE;
        const start = await startFrom(runs, { ...q, isBehind }, what, own);
        if (start !== undefined)
            return start;
    }
    const among = listedAll ? "" : ` among the newest ${RUN_PAGES * RUNS_PER_PAGE}`;
    return ownRange(`no earlier successful run of ${what} on this history${among}`, `No earlier successful run of ${what}${among} to catch up from: publishing what changed in ${own}. Later runs catch up from this one.`);
}
/** Where to start, from the newest of `runs` whose commit is behind this push; undefined: none is. */
async function startFrom(runs, q, what, own) {
    for (const run of runs) {
        if (!(await q.isBehind(run.headSha)))
            continue;
        if (run.headSha === q.before || !(await q.isAncestor(run.headSha, q.before))) {
            return {
                base: q.before,
                reason: `Publishing what changed in ${own}: the last successful run of ${what} (${describe(run)}) reaches back no further.`,
            };
        }
        return {
            base: run.headSha,
            reason: `Publishing what changed since ${catch_up_short(run.headSha)}, the commit of the last successful run of ${what} (${describe(run)}), ` +
                `not only in ${own}: catching up on pushes whose runs did not publish (cancelled while pending, or failed).`,
        };
    }
    return undefined;
}
function needs(own, what) {
    return (`Catching up needs ${what}: publishing only what changed in ${own}. ` +
        "If GitHub cancelled the run of an earlier push while it was pending, what that push changed is not published by this run. " +
        'Give the workflow `permissions: actions: read` (and the default `github-token`) so that every run catches up from the last successful one (README, "Exactly once").');
}
function describe(run) {
    return run.runNumber === undefined ? `run ${run.id}` : `run #${run.runNumber}`;
}
function catch_up_short(sha) {
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 7) : sha;
}

;// CONCATENATED MODULE: ./src/selection/changes.ts







/** Neither git nor the API could tell what changed. The message says what to do. */
class ChangeDetectionError extends Error {
    constructor(message) {
        super(message);
        this.name = "ChangeDetectionError";
    }
}
/**
 * Which files the triggering event changed. Pure on events: `changed-only: false` is the
 * caller's business. Git (in the workspace checkout) is asked first, deepening a shallow clone
 * as needed; the GitHub API when the history cannot be had.
 */
async function detectChanges(ctx, deps) {
    const session = await openSession(deps);
    switch (ctx.eventName) {
        case "push":
            return pushChanges(ctx, session);
        case "pull_request":
        case "pull_request_target":
            return pullRequestChanges(ctx, session);
        case "release":
            return releaseChanges(ctx, session);
        case "merge_group":
            return mergeGroupChanges(ctx, session);
        default:
            deps.log.info(`Event "${ctx.eventName || "(none)"}": taking every matching file.`);
            return { kind: "all" };
    }
}
async function openSession(deps) {
    const repo = await (0,selection_git/* isWorkTree */.KE)(deps.git);
    const session = {
        ...deps,
        remote: deps.remote ?? "origin",
        repo,
        gitProblems: [],
        found: new Set(),
    };
    if (!repo)
        session.gitProblems.push(`${deps.git.cwd} is not a git repository`);
    return session;
}
/** Steps by which a shallow clone is deepened before asking for its whole history. */
const DEEPEN_STEPS = [50, 200, 1000];
/**
 * Makes `satisfied` true by fetching `refspecs` (commit names, or refs to store): first the
 * commits themselves, then — in a shallow clone — ever more history behind them, then all of
 * it. Returns false when it stays false, having noted why in `s.gitProblems`.
 */
async function ensureHistory(s, what, fetches, satisfied) {
    if (!s.repo)
        return false;
    if (await satisfied())
        return true;
    if (!(await (0,selection_git/* hasRemote */.F6)(s.git, s.remote))) {
        s.gitProblems.push(`${what} is not in the checkout and there is no remote "${s.remote}" to fetch it from`);
        return false;
    }
    // "more": fetched, not there yet; "failed": the fetch itself failed, so more of it won't help.
    const attempt = async (label, extra) => {
        s.log.info(`Fetching ${label} to find ${what}…`);
        const result = await (0,selection_git/* fetch */.hd)(s.git, { remote: s.remote, refspecs: fetches.refspecs, ...extra });
        if (!result.ok) {
            s.gitProblems.push(result.reason);
            return "failed";
        }
        return (await satisfied()) ? "found" : "more";
    };
    // `--deepen` (unlike `--depth`) never cuts history a shallow clone already has.
    const shallow = await (0,selection_git/* isShallow */.fE)(s.git);
    const first = await attempt("the commits", shallow ? { deepen: 1 } : {});
    if (first === "more" && shallow)
        return deepen(s, what, attempt);
    return first === "found" || fail(s, what);
}
/** Deepens a shallow clone in bounded steps, then asks for the whole history. */
async function deepen(s, what, attempt) {
    for (const steps of DEEPEN_STEPS) {
        if (!(await (0,selection_git/* isShallow */.fE)(s.git)))
            return fail(s, what);
        const outcome = await attempt(`${steps} more commits of history`, { deepen: steps });
        if (outcome !== "more")
            return outcome === "found" || fail(s, what);
    }
    if (!(await (0,selection_git/* isShallow */.fE)(s.git)))
        return fail(s, what);
    return (await attempt("the whole history", { unshallow: true })) === "found" || fail(s, what);
}
function fail(s, what) {
    s.gitProblems.push(`${what} could not be found in the history`);
    return false;
}
async function have(s, ...revs) {
    for (const rev of revs)
        if ((await commitOf(s, rev)) === undefined)
            return false;
    return true;
}
/**
 * The full id of the commit `rev` names. A full id found once is not asked of git again: each
 * question is a `git` process, and a push's start asks about the same two commits several
 * times. Names and missing commits are asked each time (a fetch may move or bring them).
 */
async function commitOf(s, rev) {
    if (s.found.has(rev))
        return rev;
    const sha = await (0,selection_git/* resolveCommit */.WL)(s.git, rev);
    if (sha !== undefined && sha === rev)
        s.found.add(sha);
    return sha;
}
function historyError(s, event, apiProblem) {
    const gitPart = [...new Set(s.gitProblems)].join("; ");
    return new ChangeDetectionError(`Cannot tell which files the ${event} changed. Git: ${gitPart || "no history"}. ` +
        `GitHub API: ${apiProblem}. Check out the repository with actions/checkout and ` +
        "`fetch-depth: 0` (or set `changed-only: false` to take every matching file).");
}
/** Runs an API fallback, or explains why there is none, as part of the final error. */
async function viaApi(s, event, call) {
    if (s.github === undefined)
        throw historyError(s, event, "not available (no `github-token`)");
    s.log.info(`The git history is not available; asking the GitHub API which files the ${event} changed.`);
    try {
        return await call(s.github);
    }
    catch (error) {
        throw historyError(s, event, apiProblemText(error));
    }
}
// ---- building change sets ----------------------------------------------------------------------
async function gitChangeSet(s, base, head) {
    const entries = await (0,selection_git/* diffCommits */.is)(s.git, base, head);
    const headSha = (await commitOf(s, head)) ?? head;
    const baseSha = base === undefined ? undefined : ((await commitOf(s, base)) ?? base);
    return toChangeSet(entries, headSha, baseSha);
}
function toChangeSet(entries, head, base) {
    const files = [];
    const deleted = [];
    for (const entry of entries) {
        if (entry.status === "deleted") {
            deleted.push(entry.path);
            continue;
        }
        const file = { path: entry.path, status: entry.status };
        if (entry.previousPath !== undefined)
            file.previousPath = entry.previousPath;
        files.push(file);
    }
    const set = { kind: "changed", files, deleted, head };
    if (base !== undefined)
        set.base = base;
    return set;
}
/** The API's file statuses in git's terms; `unchanged` entries change nothing. */
function remoteToEntries(files) {
    const entries = [];
    for (const f of files) {
        const status = REMOTE_STATUS[f.status];
        if (status === undefined)
            continue;
        const entry = { status, path: f.path };
        if (f.previousPath !== undefined && (status === "renamed" || status === "copied")) {
            entry.previousPath = f.previousPath;
        }
        entries.push(entry);
    }
    return entries;
}
const REMOTE_STATUS = {
    added: "added",
    modified: "modified",
    changed: "modified",
    renamed: "renamed",
    copied: "copied",
    removed: "deleted",
    unchanged: undefined,
};
function fromComparison(s, comparison, head) {
    if (comparison.truncated) {
        s.log.warning(`GitHub lists at most ${comparison.files.length} files of a comparison; some changes may be missed. Check out with \`fetch-depth: 0\` to let git tell.`);
    }
    return toChangeSet(remoteToEntries(comparison.files), head, comparison.mergeBaseSha);
}
// ---- push --------------------------------------------------------------------------------------
async function pushChanges(ctx, s) {
    const push = pushInfo(ctx);
    if (push.deleted)
        return { kind: "skip", reason: `the push deleted ${push.ref ?? "a branch"}` };
    if (push.created || push.forced)
        return newHistoryChanges(ctx, s, push.after, push.ref);
    const start = await pushRangeStart(ctx, s, push.before, push.after, push.ref);
    const base = start.base;
    const found = await ensureHistory(s, `commits ${changes_short(base)} and ${changes_short(push.after)}`, {
        refspecs: [push.after],
    }, () => have(s, base, push.after));
    const changes = found
        ? await gitChangeSet(s, base, push.after)
        : await viaApi(s, "push", async (github) => fromComparison(s, await github.compare(base, push.after), push.after));
    return start.notice !== undefined && changes.kind === "changed"
        ? { ...changes, notice: start.notice }
        : changes;
}
/**
 * Where a push's changes are measured from: its own `before`, or — catching up — the commit of
 * the last successful run of the workflow on the branch (catch-up.ts decides). Says which, and why.
 */
async function pushRangeStart(ctx, s, before, after, ref) {
    const branch = ref?.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : undefined;
    if (s.catchUp !== true)
        return { base: before, reason: "" };
    const start = await rangeStart({
        workflow: ctx.workflow,
        branch,
        before,
        after,
        github: s.runs,
        isAncestor: (ancestor, descendant) => ancestorOf(s, ancestor, descendant),
    });
    s.log.info(start.reason);
    return start;
}
/**
 * Whether `ancestor` is behind (or is) `descendant`: asked of git, fetching and deepening as
 * needed; when the history cannot be had, of the API's comparison.
 */
async function ancestorOf(s, ancestor, descendant) {
    const problems = s.gitProblems.length;
    const found = await ensureHistory(s, `commit ${changes_short(ancestor)} behind ${changes_short(descendant)}`, { refspecs: [ancestor, descendant] }, async () => (await have(s, ancestor, descendant)) && (0,selection_git/* isAncestor */.QX)(s.git, ancestor, descendant));
    // A commit that is simply not behind this one is an answer, not a problem to report later.
    s.gitProblems.length = problems;
    if (found)
        return true;
    if (s.repo && (await have(s, ancestor, descendant)))
        return false;
    if (s.github === undefined)
        return false;
    try {
        const status = (await s.github.compare(ancestor, descendant)).status;
        return status === "ahead" || status === "identical";
    }
    catch {
        return false;
    }
}
/**
 * A new branch, or history rewritten by a forced push: `before` says nothing useful. What the
 * branch brings is measured from where it left the default branch; failing that, the pushed
 * commit alone.
 */
async function newHistoryChanges(ctx, s, after, ref) {
    const branch = defaultBranch(ctx);
    const pushed = ref?.replace(/^refs\/heads\//, "");
    if (branch !== undefined && branch !== pushed) {
        const fromDefault = await changesSinceDefault(s, branch, after);
        if (fromDefault !== undefined)
            return fromDefault;
    }
    return pushedCommitChanges(s, after);
}
async function changesSinceDefault(s, branch, after) {
    const tracking = `refs/remotes/${s.remote}/${branch}`;
    let base;
    const found = await ensureHistory(s, `the merge base of ${changes_short(after)} and ${branch}`, {
        refspecs: [after, `+refs/heads/${branch}:${tracking}`],
    }, async () => {
        base = (await have(s, after, tracking)) ? await (0,selection_git/* mergeBase */.wu)(s.git, tracking, after) : undefined;
        return base !== undefined;
    });
    if (found && base !== undefined) {
        // Already on the default branch (e.g. a branch made from it, pushed as it is): nothing new
        // relative to it, so the pushed commit alone tells what this push was about.
        if (base === (await (0,selection_git/* resolveCommit */.WL)(s.git, after)))
            return undefined;
        s.log.info(`Comparing with the merge base of ${branch} (${changes_short(base)}).`);
        return gitChangeSet(s, base, after);
    }
    if (s.github === undefined)
        return undefined;
    return viaApi(s, "push", async (github) => fromComparison(s, await github.compare(branch, after), after));
}
async function pushedCommitChanges(s, after) {
    s.log.info(`Taking the files changed by the pushed commit ${changes_short(after)}.`);
    let parent;
    const found = await ensureHistory(s, `the parent of ${changes_short(after)}`, { refspecs: [after] }, async () => {
        if (!(await have(s, after)))
            return false;
        const parents = await (0,selection_git/* recordedParents */.oS)(s.git, after);
        parent = parents[0];
        return parent === undefined || (await have(s, parent));
    });
    if (found)
        return gitChangeSet(s, parent, after);
    // The commit object names its parent even where the parent itself could not be fetched.
    const base = parent ?? `${after}^`;
    return viaApi(s, "push", async (github) => fromComparison(s, await github.compare(base, after), after));
}
// ---- pull request --------------------------------------------------------------------------------
async function pullRequestChanges(ctx, s) {
    const pr = pullRequestInfo(ctx);
    const found = await mergeBaseOf(s, pr.baseSha, pr.headSha);
    if (found !== undefined)
        return gitChangeSet(s, found, pr.headSha);
    return viaApi(s, `pull request #${pr.number}`, async (github) => {
        const files = await github.listPullFiles(pr.number);
        if (files.length >= PULL_FILES_LIMIT) {
            s.log.warning(`GitHub lists at most ${PULL_FILES_LIMIT} files of a pull request; some changes may be missed. Check out with \`fetch-depth: 0\` to let git tell.`);
        }
        return toChangeSet(remoteToEntries(files), pr.headSha, undefined);
    });
}
/** The merge base of `base` and `head` (`base...head`), fetching history as needed. */
async function mergeBaseOf(s, baseSha, headSha) {
    let base;
    const found = await ensureHistory(s, `the merge base of ${changes_short(baseSha)} and ${changes_short(headSha)}`, { refspecs: [headSha, baseSha] }, async () => {
        base = (await have(s, baseSha, headSha))
            ? await (0,selection_git/* mergeBase */.wu)(s.git, baseSha, headSha)
            : undefined;
        return base !== undefined;
    });
    return found ? base : undefined;
}
// ---- merge group ---------------------------------------------------------------------------------
/**
 * A merge queue's check: what the queued pull requests bring onto the target branch, measured
 * as a pull request's are (`base_sha...head_sha`). It has no pull request number, so the API
 * fallback compares the two commits.
 */
async function mergeGroupChanges(ctx, s) {
    const group = mergeGroupInfo(ctx);
    const found = await mergeBaseOf(s, group.baseSha, group.headSha);
    if (found !== undefined)
        return gitChangeSet(s, found, group.headSha);
    return viaApi(s, "merge group", async (github) => fromComparison(s, await github.compare(group.baseSha, group.headSha), group.headSha));
}
// ---- release -------------------------------------------------------------------------------------
async function releaseChanges(ctx, s) {
    const release = releaseInfo(ctx);
    if (!isPlainTagName(release.tagName)) {
        throw new ChangeDetectionError(`The release tag ${JSON.stringify(release.tagName)} is not a usable tag name.`);
    }
    const previous = await previousReleaseTag(s, release.tagName, release.publishedAt);
    if (previous === undefined) {
        s.log.info(`No release before ${release.tagName}: taking every matching file.`);
        return { kind: "all" };
    }
    s.log.info(`Comparing release ${release.tagName} with the previous release ${previous}.`);
    const baseRef = `refs/tags/${previous}`;
    const headRef = `refs/tags/${release.tagName}`;
    const found = await ensureHistory(s, `tags ${previous} and ${release.tagName}`, {
        refspecs: [`+${baseRef}:${baseRef}`, `+${headRef}:${headRef}`],
    }, () => have(s, baseRef, headRef));
    if (found)
        return gitChangeSet(s, baseRef, headRef);
    const head = ctx.sha ?? release.tagName;
    return viaApi(s, `release ${release.tagName}`, async (github) => fromComparison(s, await github.compare(previous, release.tagName), head));
}
/** The release before `tag`: from the API's release list when there is one, else git's tags. */
async function previousReleaseTag(s, tag, publishedAt) {
    const candidates = (await releaseCandidates(s)) ?? (await tagCandidates(s));
    const own = candidates.find((c) => c.name === tag);
    return previousTag(tag, own?.createdAt ?? parseDate(publishedAt), candidates);
}
async function releaseCandidates(s) {
    if (s.github === undefined)
        return undefined;
    let releases;
    try {
        releases = await s.github.listReleases();
    }
    catch (error) {
        s.log.warning(`Could not list releases (${(0,errors/* errorMessage */.g)(error)}); using git tags.`);
        return undefined;
    }
    return releases
        .filter((r) => !r.draft && (s.prereleases === true || !r.prerelease))
        .filter((r) => isPlainTagName(r.tagName))
        .map((r) => ({ name: r.tagName, createdAt: parseDate(r.publishedAt ?? r.createdAt) }));
}
async function tagCandidates(s) {
    if (!s.repo)
        return [];
    // A shallow checkout usually comes without tags; fetch them (not their history) to choose from.
    if ((await (0,selection_git/* isShallow */.fE)(s.git)) && (await (0,selection_git/* hasRemote */.F6)(s.git, s.remote))) {
        const result = await (0,selection_git/* fetch */.hd)(s.git, {
            remote: s.remote,
            refspecs: ["+refs/tags/*:refs/tags/*"],
            deepen: 1,
        });
        if (!result.ok)
            s.log.warning(`Could not fetch tags: ${result.reason}`);
    }
    const tags = await (0,selection_git/* listTags */.cB)(s.git);
    // A tag does not say whether its release was a prerelease; a version with a pre-release part
    // (`v1.2.0-rc.1`) is taken for one.
    const published = (name) => s.prereleases === true || (parseVersion(name)?.pre.length ?? 0) === 0;
    return tags
        .filter((t) => isPlainTagName(t.name) && published(t.name))
        .map((t) => ({ name: t.name, createdAt: t.createdAt * 1000 }));
}
function changes_short(sha) {
    return isZeroSha(sha) ? "(none)" : /^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 7) : sha;
}

;// CONCATENATED MODULE: ./src/selection/gate.ts

/** The one release action that publishes. */
const PUBLISHING_RELEASE_ACTION = "published";
/** The merge queue's action that asks for checks; `destroyed` only tells a group went away. */
const MERGE_GROUP_CHECK_ACTION = "checks_requested";
/** Why nothing is to be published for this event, or undefined when it may publish. */
function reasonToSkip(ctx, options) {
    switch (ctx.eventName) {
        case "release":
            return releaseReason(ctx, options);
        case "push":
            return tagPushReason(ctx);
        case "merge_group":
            return mergeGroupReason(ctx);
        default:
            return undefined;
    }
}
function releaseReason(ctx, options) {
    const release = releaseOf(ctx);
    if (release === undefined)
        return undefined;
    const tag = JSON.stringify(release.tagName);
    // GitHub always sends `action`; a hand-written payload (a local run) may not, and is then read
    // as the release it describes, so its draft and prerelease flags still decide.
    if (release.action !== undefined && release.action !== PUBLISHING_RELEASE_ACTION) {
        return (`Release ${tag} was ${JSON.stringify(release.action)}: only a release being published ` +
            "publishes, so nothing is selected. Run the workflow on `release: types: [published]` so " +
            "it runs once per release.");
    }
    if (release.draft) {
        return `Release ${tag} is a draft: drafts never publish. Publish the release to publish its cloudcasts.`;
    }
    if (release.prerelease && !options.prereleases) {
        return (`Release ${tag} is a prerelease: prereleases do not publish. Set the input ` +
            "`prereleases: true` to publish them too.");
    }
    return undefined;
}
/**
 * The release, or undefined when the payload has none (outside GitHub): change detection then
 * says what is missing, and `changed-only: false` takes every file as it always has.
 */
function releaseOf(ctx) {
    try {
        return releaseInfo(ctx);
    }
    catch (error) {
        if (error instanceof EventError)
            return undefined;
        throw error;
    }
}
function tagPushReason(ctx) {
    const ref = pushRef(ctx);
    if (ref === undefined || !ref.startsWith("refs/tags/"))
        return undefined;
    return (`The push of tag ${JSON.stringify(ref.slice("refs/tags/".length))} publishes nothing: a tag ` +
        "publishes through its release. Run the action on `release: types: [published]` (see the " +
        'README\'s "Release: publish a batch"), and limit `on: push` to branches.');
}
/** The pushed ref; a payload without `before`/`after` still names its ref in GITHUB_REF. */
function pushRef(ctx) {
    try {
        return pushInfo(ctx).ref;
    }
    catch (error) {
        if (error instanceof EventError)
            return ctx.ref;
        throw error;
    }
}
function mergeGroupReason(ctx) {
    const action = eventAction(ctx);
    if (action === undefined || action === MERGE_GROUP_CHECK_ACTION)
        return undefined;
    return `The merge group was ${JSON.stringify(action)}: there is nothing to check.`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
// EXTERNAL MODULE: ./src/selection/files.ts
var files = __nccwpck_require__(6317);
// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __nccwpck_require__(1532);
// EXTERNAL MODULE: ./src/tracklist/paths.ts
var paths = __nccwpck_require__(6083);
;// CONCATENATED MODULE: ./src/selection/export-mentions.ts
// Which cloudcast files could name a changed tracklist export in their `tracklist:` — found by a
// search of their bytes before any of them is parsed, so that a push touching a README.txt parses
// nothing of a catalogue of thousands. The search may say yes for a file that does not name the
// export (it is in a comment or a description: the parse then decides); it never says no for one
// that does.

const BACKSLASH = 0x5c;
/**
 * The part of an export's name that a cloudcast file naming it must hold byte for byte.
 * `tracklist:` is relative to the cloudcast file, and normalising a path drops `.`, `..` and
 * repeated slashes but never changes a segment's text, so the export's last segment is in the
 * value. YAML writes a value's characters as they are, except: whitespace may be a folded line
 * break and the next line's indentation (a long plain or quoted scalar, a `>` block), a `'` is
 * doubled in a single-quoted scalar, and a double-quoted scalar may escape any character
 * (`\x2E`, a `\` at a line's end). So the name's last run free of whitespace and quotes is there
 * verbatim unless the file holds a backslash — and such a file is always parsed. An export
 * taken for a tracklist ends with its extension, so its tail is at least `.cue`.
 */
function literalTail(exportPath) {
    const runs = external_node_path_.posix.basename(exportPath).split(/[\s\u0085'"]+/);
    return runs[runs.length - 1] ?? "";
}
/**
 * The test for a set of exports. Each tail ends with its export's extension (`.cue`, as written
 * in the path), so the extensions are found with `indexOf` and only there is the text read
 * backwards along a trie of the reversed tails: one pass over a file per distinct extension, plus
 * at most the longest tail's length per hit — linear in the file, however many exports a push
 * touches.
 */
function exportMentions(exportPaths) {
    const encoder = new TextEncoder();
    const root = { next: new Map(), tail: false };
    const anchors = new Map();
    for (const path of exportPaths) {
        const tail = literalTail(path);
        // A name with nothing literal to look for could be named by any file.
        if (tail === "")
            return () => true;
        addReversed(root, encoder.encode(tail));
        const anchor = external_node_path_.posix.extname(tail) || tail;
        anchors.set(anchor, encoder.encode(anchor));
    }
    return (bytes) => {
        const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        if (buffer.includes(BACKSLASH))
            return true;
        for (const anchor of anchors.values()) {
            for (let at = buffer.indexOf(anchor); at !== -1; at = buffer.indexOf(anchor, at + 1)) {
                if (endsWithTail(root, buffer, at + anchor.length))
                    return true;
            }
        }
        return false;
    };
}
function addReversed(root, tail) {
    let node = root;
    for (let i = tail.length - 1; i >= 0; i--) {
        const byte = tail[i];
        let child = node.next.get(byte);
        if (child === undefined) {
            child = { next: new Map(), tail: false };
            node.next.set(byte, child);
        }
        node = child;
    }
    node.tail = true;
}
/** Whether some tail ends just before `end` in `bytes`. */
function endsWithTail(root, bytes, end) {
    let node = root;
    for (let i = end - 1; i >= 0; i--) {
        node = node.next.get(bytes[i]);
        if (node === undefined)
            return false;
        if (node.tail)
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/selection/tracklist-owners.ts
// A cloudcast's sections may come from a tracklist file (`tracklist:`, or the export beside it
// with the same stem), so a change to that file is a change to the cloudcast — as editing its
// `tracks:` would be: a push that only commits a corrected `show.cue` edits `show.yml`'s upload,
// and a pull request that breaks it gets its dry run.
//
// Finding the owners must not cost a parse of the whole catalogue: the file beside the export with
// its stem is parsed, and any other file only when its bytes name the export (export-mentions.ts).
// A push that touches a README.txt reads the catalogue's files but parses none of them.




/**
 * Extensions of the files taken for tracklists when they change. A `tracklist:` may name a file
 * with any extension, but looking behind every changed file would read every cloudcast file on
 * every push; a tracklist under another name is picked up when its cloudcast file changes.
 */
const TRACKLIST_EXTENSIONS = new Set(paths/* DEFAULT_TRACKLIST_EXTENSIONS */.f);
/** Cloudcast files read at once: enough to overlap the disk's waits, few file handles. */
const READ_CONCURRENCY = 16;
/**
 * The cloudcast files (tracked, selected by `matches`, not changed themselves) whose tracklist
 * file the change added, modified, renamed or deleted, in `listAll`'s order. Without `read`, only
 * the files beside a changed export with its stem are found; with it, a file beside it is parsed,
 * so one with `tracks:` is left alone, and any other is parsed when its text names a changed
 * export, so one whose `tracklist:` names it is found.
 */
async function tracklistOwners(changes, matches, listAll, read) {
    const touched = touchedTracklists(changes, matches);
    if (touched.size === 0)
        return [];
    const changed = new Set(changes.files.map((f) => f.path));
    const candidates = (await listAll()).filter((path) => matches(path) && !changed.has(path));
    const stems = new Set([...touched].map(withoutExtension));
    const isSibling = (path) => stems.has(withoutExtension(path));
    if (read === undefined)
        return candidates.filter(isSibling);
    const mentions = exportMentions(touched);
    const parse = parserOnDemand();
    const owned = await (0,concurrency/* mapLimit */.s)(candidates, READ_CONCURRENCY, async (path) => {
        const sibling = isSibling(path);
        const bytes = await read(path);
        // Only the file beside the export may own it without naming it (see `owns`).
        if (!sibling && (bytes === undefined || !mentions(bytes)))
            return false;
        return owns(path, sibling, touched, bytes === undefined ? undefined : await parse(bytes, path));
    });
    return candidates.filter((_, index) => owned[index]);
}
/** Changed paths with a tracklist extension that are not cloudcast files: before and after. */
function touchedTracklists(changes, matches) {
    return new Set([
        ...changes.files.flatMap((f) => [f.path, f.previousPath ?? f.path]),
        ...changes.deleted,
    ].filter((path) => !matches(path) && TRACKLIST_EXTENSIONS.has(extension(path))));
}
/**
 * The cloudcast parser, loaded on the first file that needs it: a run whose push names no export
 * in any file, like one without tracklists at all, does not pay for loading it.
 */
function parserOnDemand() {
    let loading;
    return async (bytes, path) => {
        loading ??= Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(240), __nccwpck_require__.e(969)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1240));
        return (await loading).parseCloudcast(bytes, path);
    };
}
function owns(cloudcast, sibling, touched, parsed) {
    // An invalid file cannot say where its tracklist is; the export beside it is the best guess.
    if (parsed?.cloudcast === undefined)
        return sibling;
    const written = parsed.cloudcast.tracklist;
    if (written !== undefined) {
        return touched.has((0,paths/* tracklistRelPath */.Q)(cloudcast, written));
    }
    return sibling && parsed.spans.tracks === undefined;
}
/** `shows/ep1.yml` → `shows/ep1`: a cloudcast file and its default tracklist share it. */
function withoutExtension(path) {
    return path.slice(0, path.length - external_node_path_.posix.extname(path).length);
}
function extension(path) {
    return external_node_path_.posix.extname(path).slice(1).toLowerCase();
}

;// CONCATENATED MODULE: ./src/selection/select.ts






/**
 * Globs in, one predicate out. A path is selected when it matches at least one plain glob and
 * no `!` glob — whatever their order: an exclusion always wins (a later glob does not bring an
 * excluded file back). `dot: true` so folders like `.shows/` are not silently skipped.
 */
function compileGlobs(globs) {
    const include = globs.filter((g) => !g.startsWith("!"));
    const exclude = globs.filter((g) => g.startsWith("!")).map((g) => g.slice(1));
    const options = { dot: true };
    const isIncluded = include.length > 0 ? picomatch_default()(include, options) : () => false;
    const isExcluded = exclude.length > 0 ? picomatch_default()(exclude, options) : () => false;
    return (file) => isIncluded(file) && !isExcluded(file);
}
/**
 * The changed (or, for `all`, every) file that the globs select, sorted by path. A cloudcast
 * file whose tracklist file changed counts as changed (see tracklist-owners.ts); `read` lets
 * its `tracklist:` be read.
 */
async function selectFiles(globs, changes, listAll, read) {
    const matches = compileGlobs(globs);
    let selected;
    switch (changes.kind) {
        case "skip":
            return [];
        case "all":
            selected = (await listAll())
                .filter(matches)
                .map((file) => ({ path: file, status: "listed" }));
            break;
        case "changed":
            selected = changes.files.filter((f) => matches(f.path)).map(toSelected);
            for (const owner of await tracklistOwners(changes, matches, listAll, read))
                selected.push({ path: owner, status: "modified" });
            break;
    }
    return dedupe(selected).sort((a, b) => compareStrings(a.path, b.path));
}
/**
 * How the selection reads a listed cloudcast file (to find a changed export's owners; a push may
 * make it read thousands). A listed file is one git tracks or the walk found, so no folder on its
 * way is a symbolic link: a regular file that is not a link itself is read at once; anything else
 * (a link, a FIFO, a file over `limit`) by the careful reader the pipeline uses, loaded then —
 * so what is read, and what comes of it, is the same as if every file were read with care.
 */
function listedFileReader(workspace, limit) {
    return async (file) => {
        const plain = await (0,files/* readPlainFile */.b$)(external_node_path_default().join(workspace, file), limit);
        if (plain !== undefined)
            return plain;
        const { readWorkspaceFile } = await __nccwpck_require__.e(/* import() */ 675).then(__nccwpck_require__.bind(__nccwpck_require__, 1675));
        const read = await readWorkspaceFile(workspace, file, limit);
        return read.ok ? read.bytes : undefined;
    };
}
/** Deleted files the globs select: shown in a notice (nothing is removed on Mixcloud). */
function selectDeleted(globs, changes) {
    if (changes.kind !== "changed")
        return [];
    const matches = compileGlobs(globs);
    return changes.deleted.filter(matches).sort(compareStrings);
}
function toSelected(file) {
    const selected = { path: file.path, status: file.status };
    if (file.previousPath !== undefined)
        selected.previousPath = file.previousPath;
    return selected;
}
function dedupe(files) {
    const seen = new Map();
    for (const file of files)
        if (!seen.has(file.path))
            seen.set(file.path, file);
    return [...seen.values()];
}
/** By code unit, not locale: the same order on every machine. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Every candidate file of the workspace: the files git tracks (untracked files are not part of
 * the repository, so not published), or — outside a git repository, as for the CLI on a plain
 * folder — a walk of the folders the globs can reach.
 */
async function listAllFiles(workspace, git, globs) {
    if (await (0,selection_git/* isWorkTree */.KE)(git))
        return (0,selection_git/* listTrackedFiles */.sp)(git);
    return walkFiles(workspace, globRoots(globs));
}
/** The fixed leading folders of the plain globs (`cloudcasts/**` → `cloudcasts`), to walk only those. */
function globRoots(globs) {
    const roots = globs
        .filter((g) => !g.startsWith("!"))
        .map((g) => picomatch_default().scan(g).base)
        .map((base) => (base === "." ? "" : base));
    // A root inside another root is walked with it.
    const unique = [...new Set(roots)].sort();
    return unique.filter((root) => !unique.some((other) => other !== root && isInside(root, other)));
}
function isInside(child, parent) {
    return parent === "" || child.startsWith(`${parent}/`);
}
/** Folders never worth walking for cloudcasts. */
const SKIPPED_DIRS = new Set([".git", "node_modules"]);
/**
 * Regular files (and symlinks to files, which the media checks judge later) under the roots,
 * relative to the workspace. Symlinked folders are not followed: they could loop or leave the
 * workspace.
 */
async function walkFiles(workspace, roots) {
    const found = [];
    const visit = async (relative) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(external_node_path_default().join(workspace, relative), { withFileTypes: true });
        }
        catch {
            return; // A root that does not exist selects nothing.
        }
        for (const entry of entries) {
            const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name))
                    await visit(child);
            }
            else if (entry.isFile() || entry.isSymbolicLink()) {
                found.push(child);
            }
        }
    };
    for (const root of roots) {
        const stat = await (0,promises_.lstat)(external_node_path_default().join(workspace, root)).catch(() => undefined);
        if (stat?.isFile() || stat?.isSymbolicLink())
            found.push(root);
        else if (stat?.isDirectory())
            await visit(root);
    }
    return found;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/cloudcast/mixcloud-rules/mode.ts
var mode = __nccwpck_require__(7739);
;// CONCATENATED MODULE: ./src/settings.ts



// mode.ts, not the rules' index: settings are read at every start, the rules only when checking.

/** Every bad input at once, so a user fixes their workflow in one go. */
class SettingsError extends Error {
    problems;
    constructor(problems) {
        super([
            `Invalid action input${problems.length === 1 ? "" : "s"}:`,
            ...problems.map((p) => `  - ${p.input}: got ${p.value}; expected ${p.allowed}.`),
        ].join("\n"));
        this.name = "SettingsError";
        this.problems = problems;
    }
}
const Bounds = {
    concurrency: { min: 1, max: 16, default: 2 },
    retries: { min: 1, max: 20, default: 5 },
};
/**
 * Events on which `dry-run: auto` means a dry run: pull requests run untrusted code without
 * secrets, and a merge queue's `merge_group` is a check before the merge (the merge's own push
 * publishes).
 */
const DRY_RUN_EVENTS = new Set(["pull_request", "pull_request_target", "merge_group"]);
/** Collects problems while each input is parsed; the values of bad inputs are never used. */
class Problems {
    list = [];
    add(input, value, allowed) {
        this.list.push({ input, value, allowed });
    }
}
/**
 * Turns the raw inputs into `Settings`, or throws one `SettingsError` naming every bad input.
 *
 * `read` returns an input's raw value ("" when unset), as `core.getInput` does; `mask` hides a
 * secret from the logs (`core.setSecret`). Tokens are masked before anything else can fail, so
 * no later error or log line can leak them. An input that arrives as an unexpanded `${{ … }}`
 * expression counts as not given, and `notice` says so (see {@link expandedOnly}).
 */
function parseSettings(rawRead, env, eventName, mask, notice = () => { }) {
    const read = expandedOnly(rawRead, notice);
    const accessToken = readSecret(read(constants/* Inputs */.G0.AccessToken), env["MIXCLOUD_ACCESS_TOKEN"], mask);
    const githubToken = readSecret(read(constants/* Inputs */.G0.GithubToken), undefined, mask);
    const problems = new Problems();
    checkToken(constants/* Inputs */.G0.AccessToken, accessToken, problems);
    checkToken(constants/* Inputs */.G0.GithubToken, githubToken, problems);
    const settings = {
        accessToken,
        files: parseFiles(read(constants/* Inputs */.G0.Files), problems),
        changedOnly: parseBoolean(constants/* Inputs */.G0.ChangedOnly, read(constants/* Inputs */.G0.ChangedOnly), true, problems),
        dryRun: parseDryRun(read(constants/* Inputs */.G0.DryRun), eventName, problems),
        ifExists: parseIfExists(read(constants/* Inputs */.G0.IfExists), problems),
        comment: parseBoolean(constants/* Inputs */.G0.Comment, read(constants/* Inputs */.G0.Comment), true, problems),
        githubToken,
        apiUrl: parseApiUrl(read(constants/* Inputs */.G0.ApiUrl), problems),
        concurrency: parseInteger(constants/* Inputs */.G0.Concurrency, read(constants/* Inputs */.G0.Concurrency), Bounds.concurrency, problems),
        retries: parseInteger(constants/* Inputs */.G0.Retries, read(constants/* Inputs */.G0.Retries), Bounds.retries, problems),
        licensing: parseChoice(constants/* Inputs */.G0.Licensing, read(constants/* Inputs */.G0.Licensing), mode/* LICENSING_MODES */.ox, "warn", problems),
        prereleases: parseBoolean(constants/* Inputs */.G0.Prereleases, read(constants/* Inputs */.G0.Prereleases), false, problems),
        allowPrivateUrls: parseBoolean(constants/* Inputs */.G0.AllowPrivateUrls, read(constants/* Inputs */.G0.AllowPrivateUrls), false, problems),
        workspace: external_node_path_default().resolve(settings_nonEmpty(env["GITHUB_WORKSPACE"]) ?? process.cwd()),
        tempDir: external_node_path_default().resolve(settings_nonEmpty(env["RUNNER_TEMP"]) ?? external_node_os_default().tmpdir()),
        timeouts: readTimeouts(env, problems),
    };
    if (problems.list.length > 0)
        throw new SettingsError(problems.list);
    return settings;
}
/** `${{ … }}`: a workflow expression, which the runner evaluates before an action sees it. */
const EXPRESSION = /\$\{\{[\s\S]*?\}\}/;
/**
 * Reads inputs, passing on an unexpanded expression as not given. Only a runner expands
 * expressions, so one arrives as it is written when the action runs elsewhere — with
 * `@github/local-action`, which passes action.yml's defaults as they are written (`github-token`'s
 * `${{ github.token }}`), or from an `.env` file. parseSettings reads each input once, so each
 * unexpanded one gets one notice.
 */
function expandedOnly(read, notice) {
    return (name) => {
        const raw = read(name);
        const match = EXPRESSION.exec(raw);
        const value = match === null ? raw : "";
        if (match !== null) {
            notice(`Input ${name} is the unexpanded expression ${JSON.stringify(match[0])}: only a GitHub ` +
                "Actions runner expands expressions, so it is treated as not given. Set a plain value " +
                `(for a local run, INPUT_${name.toUpperCase()} in the environment) to use it.`);
        }
        return value;
    };
}
function readTimeouts(env, problems) {
    return {
        headersMs: parseSeconds("MIXCLOUD_PUBLISH_ANSWER_TIMEOUT", env, problems),
        stallMs: parseSeconds("MIXCLOUD_PUBLISH_STALL_TIMEOUT", env, problems),
        listingLagMs: parseSeconds("MIXCLOUD_PUBLISH_LISTING_LAG", env, problems),
    };
}
/** The same timeouts for the command line, which reads the same environment variables. */
function timeoutsFromEnv(env) {
    const problems = new Problems();
    const timeouts = readTimeouts(env, problems);
    return { timeouts, problems: problems.list };
}
/** A positive number of seconds from an environment variable, in milliseconds. */
function parseSeconds(name, env, problems) {
    const raw = settings_nonEmpty(env[name]);
    if (raw === undefined)
        return undefined;
    const seconds = Number(raw);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 86_400) {
        problems.add(name, JSON.stringify(raw), "a number of seconds, more than 0 and at most 86400");
        return undefined;
    }
    return Math.round(seconds * 1000);
}
function settings_nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
}
/**
 * Masks a secret the moment it is read. Each line is masked on its own as well, because the
 * runner matches masks line by line and a pasted token may carry a stray newline.
 */
function readSecret(input, fallback, mask) {
    const raw = settings_nonEmpty(input) ?? settings_nonEmpty(fallback);
    if (raw === undefined)
        return undefined;
    mask(raw);
    for (const line of raw.split(/\r?\n/)) {
        const part = line.trim();
        if (part && part !== raw)
            mask(part);
    }
    return raw;
}
/** A token is one word; anything else is a copy-paste accident. Its value is never echoed. */
function checkToken(input, token, problems) {
    // eslint-disable-next-line no-control-regex
    if (token !== undefined && /[\s\u0000-\u001f\u007f]/.test(token)) {
        problems.add(input, "a value with whitespace or control characters (hidden)", "a single-line token");
    }
}
function show(value) {
    return JSON.stringify(value);
}
function parseBoolean(input, raw, fallback, problems) {
    const value = raw.trim().toLowerCase();
    if (value === "")
        return fallback;
    if (value === "true")
        return true;
    if (value === "false")
        return false;
    problems.add(input, show(raw), "`true` or `false`");
    return fallback;
}
function parseChoice(input, raw, choices, fallback, problems) {
    const value = raw.trim().toLowerCase();
    if (value === "")
        return fallback;
    const found = choices.find((choice) => choice === value);
    if (found !== undefined)
        return found;
    problems.add(input, show(raw), `one of ${choices.map((c) => `\`${c}\``).join(", ")}`);
    return fallback;
}
function parseDryRun(raw, eventName, problems) {
    const mode = parseChoice(constants/* Inputs */.G0.DryRun, raw, ["auto", "true", "false"], "auto", problems);
    if (mode === "auto")
        return DRY_RUN_EVENTS.has(eventName);
    return mode === "true";
}
function parseIfExists(raw, problems) {
    return parseChoice(constants/* Inputs */.G0.IfExists, raw, ["update", "skip", "fail"], "update", problems);
}
function parseInteger(input, raw, bounds, problems) {
    const value = raw.trim();
    if (value === "")
        return bounds.default;
    const allowed = `a whole number from ${bounds.min} to ${bounds.max}`;
    if (!/^\d{1,6}$/.test(value)) {
        problems.add(input, show(raw), allowed);
        return bounds.default;
    }
    const n = Number(value);
    if (n < bounds.min || n > bounds.max) {
        problems.add(input, show(raw), allowed);
        return bounds.default;
    }
    return n;
}
/**
 * Newline-separated globs; blank lines and `#` comments are skipped, a leading `./` is dropped.
 * When every glob is an exclusion, the default globs are what they exclude from.
 */
function parseFiles(raw, problems) {
    if (raw.trim() === "")
        return [...constants/* DEFAULT_FILES */.Yc];
    // Every line break the runner or an editor may leave: CRLF, a lone CR, and Unicode's own.
    const globs = raw
        .split(/\r\n|[\r\n\u0085\u2028\u2029]/)
        .map((line) => line.trim())
        .filter((line) => line !== "" && !line.startsWith("#"))
        .map(stripDotSlash);
    if (globs.length === 0) {
        problems.add(constants/* Inputs */.G0.Files, show(raw), "at least one glob (blank and `#` lines are ignored)");
        return [...constants/* DEFAULT_FILES */.Yc];
    }
    for (const glob of globs) {
        const pattern = glob.startsWith("!") ? glob.slice(1) : glob;
        if (pattern === "" || pattern.startsWith("/") || /(^|\/)\.\.(\/|$)/.test(pattern)) {
            problems.add(constants/* Inputs */.G0.Files, show(glob), "globs relative to the repository root, without a leading `/` or `..` segments");
        }
    }
    const onlyExclusions = globs.every((glob) => glob.startsWith("!"));
    return onlyExclusions ? [...constants/* DEFAULT_FILES */.Yc, ...globs] : globs;
}
function stripDotSlash(glob) {
    const negated = glob.startsWith("!");
    let pattern = negated ? glob.slice(1) : glob;
    while (pattern.startsWith("./"))
        pattern = pattern.slice(2);
    return negated ? `!${pattern}` : pattern;
}
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);
function isLoopback(hostname) {
    return LOOPBACK_HOSTS.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
/** An http(s) URL with no credentials, query or fragment; plain http only to loopback (tests). */
function parseApiUrl(raw, problems) {
    const value = raw.trim();
    if (value === "")
        return constants/* DEFAULT_API_URL */.rK;
    const allowed = "an `https://` URL such as `https://api.mixcloud.com` (plain `http://` only to a loopback address), without credentials, query or fragment";
    let url;
    try {
        url = new URL(value);
    }
    catch {
        problems.add(constants/* Inputs */.G0.ApiUrl, show(raw), allowed);
        return constants/* DEFAULT_API_URL */.rK;
    }
    const secure = url.protocol === "https:";
    const local = url.protocol === "http:" && isLoopback(url.hostname);
    const clean = !url.username && !url.password && !url.search && !url.hash;
    if (!(secure || local) || !clean) {
        // A URL with credentials is shown without them.
        const shown = url.username || url.password ? `${url.protocol}//(credentials hidden)@${url.host}` : raw;
        problems.add(constants/* Inputs */.G0.ApiUrl, show(shown), allowed);
        return constants/* DEFAULT_API_URL */.rK;
    }
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
}

;// CONCATENATED MODULE: ./src/main.ts












async function run() {
    // Every line written from here on is made one safe line first (see src/action/log.ts).
    const core = safeCore(await __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 6421)));
    const cancellation = cancelOnSignals((signal) => core.warning(`Cancelled (${signal}): stopping uploads, cleaning up, and reporting what was done.`));
    try {
        await runAction(core, cancellation.signal);
    }
    catch (error) {
        core.setFailed((0,errors/* errorMessage */.g)(error));
    }
    finally {
        cancellation.dispose();
    }
}
async function runAction(core, signal) {
    const eventName = process.env["GITHUB_EVENT_NAME"] ?? "";
    const settings = parseSettings(core.getInput, process.env, eventName, core.setSecret, (m) => core.notice(m));
    const event = await readEventContext(process.env);
    const github = gitHubApiFor(settings, event, core);
    const git = (0,selection_git/* createGitRunner */.ho)(settings.workspace);
    const changes = await changesFor(settings, event, git, github, core);
    const selected = await selectFiles(settings.files, changes, () => listAllFiles(settings.workspace, git, settings.files), listedFileReader(settings.workspace, constants/* Limits */.xu.fileBytes));
    const notices = noticesFor(settings, changes);
    core.info(describeSelection(selected.length, settings, changes));
    if (!settings.dryRun && selected.length > 0)
        await warnAboutWorkflow(core, settings, event);
    const results = selected.length === 0
        ? []
        : await publishSelected(core, settings, selected, { changes, event, git, github, signal });
    const report = {
        results,
        dryRun: settings.dryRun,
        eventName,
        repository: event.repository && `${event.repository.owner}/${event.repository.repo}`,
        sha: event.sha,
        runUrl: runUrl(event),
        notices,
        nothingSelected: selected.length === 0,
    };
    await writeRunnerReport(core, report);
    if (settings.comment && shouldComment(eventName, selected.length)) {
        await writeComment(core, report, {
            github,
            pullRequest: eventName.startsWith("pull_request") ? issueNumber(event) : undefined,
            pushedSha: eventName === "push" ? event.sha : undefined,
        });
    }
    const failure = failureMessage(results, signal);
    if (failure !== undefined)
        core.setFailed(failure);
}
async function changesFor(settings, event, git, github, core) {
    // Whether this event publishes at all comes first: it holds whatever `changed-only` says.
    const skip = reasonToSkip(event, { prereleases: settings.prereleases });
    if (skip !== undefined)
        return { kind: "skip", reason: skip };
    if (!settings.changedOnly)
        return { kind: "all" };
    const log = safeCoreLog(core);
    return detectChanges(event, {
        git,
        github,
        runs: github,
        catchUp: !settings.dryRun,
        log,
        prereleases: settings.prereleases,
    });
}
async function publishSelected(core, settings, selected, { changes, event, git, github, signal }) {
    const [{ runPipeline }, { createDownloader, createLfsDownloader }, { createLfsAccess }, { previousVersionReader },] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(280), __nccwpck_require__.e(815), __nccwpck_require__.e(752), __nccwpck_require__.e(240), __nccwpck_require__.e(580), __nccwpck_require__.e(517), __nccwpck_require__.e(870), __nccwpck_require__.e(87), __nccwpck_require__.e(507)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2391)),
        Promise.all(/* import() */[__nccwpck_require__.e(280), __nccwpck_require__.e(580), __nccwpck_require__.e(517), __nccwpck_require__.e(531)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1531)),
        __nccwpck_require__.e(/* import() */ 930).then(__nccwpck_require__.bind(__nccwpck_require__, 9930)),
        __nccwpck_require__.e(/* import() */ 901).then(__nccwpck_require__.bind(__nccwpck_require__, 2901)),
    ]);
    const base = changes.kind === "changed" ? changes.base : undefined;
    const urlPolicy = { allowPrivateAddresses: settings.allowPrivateUrls };
    const lfs = createLfsAccess(lfsSettings(settings, event));
    return runPipeline({
        workspace: settings.workspace,
        files: selected,
        dryRun: settings.dryRun,
        ifExists: settings.ifExists,
        licensing: settings.licensing,
        concurrency: settings.concurrency,
        retries: settings.retries,
        signal,
        log: createActionLog(core, settings.concurrency),
        changedPaths: changes.kind === "changed" ? new Set(changes.files.map((f) => f.path)) : undefined,
        readPrevious: base === undefined ? undefined : previousVersionReader(git, base, lfs),
        connect: async () => {
            const { connectMixcloud } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(870), __nccwpck_require__.e(633)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5633));
            return connectMixcloud(settings, (level, message) => core[level](message));
        },
        download: createDownloader({
            tempDir: settings.tempDir,
            signal,
            attempts: settings.retries,
            github,
            urlPolicy,
        }),
        downloadLfs: createLfsDownloader(lfs, signal),
        media: {
            urlPolicy,
            lfs,
            // Release assets of this repository are checked through the API: a private repository's
            // download links need the job's token.
            ...(github === undefined
                ? {}
                : { findReleaseAsset: (url) => github.findReleaseAssetByUrl(url) }),
        },
    });
}
/**
 * A run that is to publish checks the workflow file running it (in the checkout) for a shared
 * `concurrency:` group, and warns on that file's line when runs could upload side by side. A
 * file that is not there or cannot be read says nothing: the run goes on either way.
 */
async function warnAboutWorkflow(core, settings, event) {
    const workflow = event.workflow;
    if (workflow === undefined)
        return;
    try {
        const [{ readWorkspaceFile }, { checkWorkflowConcurrency }] = await Promise.all([
            __nccwpck_require__.e(/* import() */ 675).then(__nccwpck_require__.bind(__nccwpck_require__, 1675)),
            __nccwpck_require__.e(/* import() */ 163).then(__nccwpck_require__.bind(__nccwpck_require__, 7544)),
        ]);
        const read = await readWorkspaceFile(settings.workspace, workflow.path, constants/* Limits */.xu.fileBytes);
        if (!read.ok)
            return;
        const text = new TextDecoder().decode(read.bytes);
        const warning = await checkWorkflowConcurrency(text, workflow.path, event.job);
        if (warning === undefined)
            return;
        core.warning(warning.message, {
            file: workflow.path,
            startLine: warning.line,
            title: warning.title,
        });
    }
    catch (error) {
        core.debug(`The workflow file ${workflow.path} could not be checked: ${(0,errors/* errorMessage */.g)(error)}`);
    }
}
/**
 * The LFS server as `actions/checkout` reaches it: `GITHUB_SERVER_URL/GITHUB_REPOSITORY.git/info/lfs`
 * unless `.lfsconfig` or git config names another, with the job's token for the GitHub host only.
 */
function lfsSettings(settings, event) {
    return {
        workspace: settings.workspace,
        serverUrl: event.serverUrl,
        ...(event.repository === undefined
            ? {}
            : { repository: `${event.repository.owner}/${event.repository.repo}` }),
        ...(settings.githubToken === undefined ? {} : { githubToken: settings.githubToken }),
        gitCredentials: false,
        tempDir: settings.tempDir,
        attempts: settings.retries,
        urlPolicy: { allowPrivateAddresses: settings.allowPrivateUrls },
    };
}
function gitHubApiFor(settings, event, core) {
    if (settings.githubToken === undefined || event.repository === undefined)
        return undefined;
    return createGitHubApi({
        token: settings.githubToken,
        apiUrl: event.apiUrl,
        serverUrl: event.serverUrl,
        repository: event.repository,
        warn: core.debug,
    });
}
/**
 * A push that selected nothing has nothing to say on its PRs; a pull request always gets its
 * state. A merge queue's `merge_group` run gets none: it has no pull request number (the queued
 * pull requests already had their preview), and its result is the check itself.
 */
function shouldComment(eventName, selectedCount) {
    if (eventName.startsWith("pull_request"))
        return true;
    return eventName === "push" && selectedCount > 0;
}
/** Notices for the log and the summary: why nothing is selected, and deleted files. */
function noticesFor(settings, changes) {
    if (changes.kind === "skip")
        return [changes.reason];
    const catchUp = changes.kind === "changed" && changes.notice !== undefined ? [changes.notice] : [];
    const deleted = selectDeleted(settings.files, changes);
    if (deleted.length === 0)
        return catchUp;
    return [
        ...catchUp,
        `Deleted cloudcast file${deleted.length === 1 ? "" : "s"} ${deleted.join(", ")}: nothing is removed from Mixcloud; delete the upload there if it should go.`,
    ];
}
function describeSelection(count, settings, changes) {
    if (changes.kind === "skip")
        return "No cloudcast file selected: this event publishes nothing.";
    // A push that catches up measures from an earlier commit than its own: name the one used.
    const scope = changes.kind !== "changed"
        ? "matching"
        : changes.base === undefined
            ? "changed by this event"
            : `changed since ${changes.base.slice(0, 7)}`;
    const mode = settings.dryRun ? "dry run" : "publishing";
    return `${count} cloudcast file${count === 1 ? "" : "s"} ${scope} (${settings.files.join(", ")}); ${mode}.`;
}
function runUrl(event) {
    if (event.repository === undefined || event.runId === undefined)
        return undefined;
    return `${event.serverUrl}/${event.repository.owner}/${event.repository.repo}/actions/runs/${event.runId}`;
}
function failureMessage(results, signal) {
    const invalid = results.filter((r) => r.status === "invalid").length;
    const failed = results.filter((r) => r.status === "failed").length;
    if (signal.aborted)
        return "Cancelled: the results so far are in the outputs and the job summary.";
    if (invalid > 0) {
        return `${invalid} cloudcast file${invalid === 1 ? " is" : "s are"} invalid (see the annotations): nothing was published.`;
    }
    if (failed > 0)
        return `${failed} cloudcast${failed === 1 ? "" : "s"} failed to publish (see the summary).`;
    return undefined;
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Od: () => (/* binding */ statusBadge),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   gM: () => (/* binding */ formatCounts),
/* harmony export */   ip: () => (/* binding */ countStatuses),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export STATUS_ORDER */
/** Every status, in the order counts are shown: successes first, then what needs attention. */
const STATUS_ORDER = [
    "published",
    "updated",
    "unchanged",
    "skipped",
    "dry-run",
    "failed",
    "invalid",
];
const STATUS_EMOJI = {
    published: "✅",
    updated: "✏️",
    unchanged: "💤",
    skipped: "⏭️",
    "dry-run": "🔍",
    failed: "💥",
    invalid: "❌",
};
/** How a status reads to people; `dry-run` is "ready": checked, and would be published. */
const STATUS_LABEL = {
    published: "published",
    updated: "updated",
    unchanged: "unchanged",
    skipped: "skipped",
    "dry-run": "ready",
    failed: "failed",
    invalid: "invalid",
};
/** `✅ published`, `🔍 ready`, … */
function statusBadge(status) {
    return `${STATUS_EMOJI[status]} ${STATUS_LABEL[status]}`;
}
function countStatuses(statuses) {
    const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0]));
    for (const { status } of statuses)
        counts[status] += 1;
    return counts;
}
/** `2 ✅ published · 1 ❌ invalid`: the statuses that occur, in {@link STATUS_ORDER}. */
function formatCounts(counts) {
    return STATUS_ORDER.filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${statusBadge(s)}`)
        .join(" · ");
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
/** `h:mm:ss` (hours unpadded), or undefined when the length is not a usable number. */
function formatDuration(seconds) {
    if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0)
        return undefined;
    const total = Math.round(seconds);
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const secs = total % 60;
    return `${hours}:${String(minutes).padStart(2, "0")}:${String(secs).padStart(2, "0")}`;
}
const BYTE_UNITS = ["B", "kB", "MB", "GB", "TB"];
/**
 * Decimal (SI) units, as Mixcloud and most file managers show sizes: `512 B`, `120 kB`,
 * `48.2 MB`, `4.3 GB`; undefined when the size is not a usable number.
 */
function formatBytes(bytes) {
    if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0)
        return undefined;
    let unit = 0;
    let value = bytes;
    while (unit < BYTE_UNITS.length - 1 && roundForDisplay(value, unit) >= 1000) {
        value /= 1000;
        unit += 1;
    }
    const shown = roundForDisplay(value, unit);
    const digits = unit === 0 || shown >= 100 ? 0 : 1;
    return `${shown.toFixed(digits)} ${BYTE_UNITS[unit]}`;
}
/** Bytes are whole; larger units keep one decimal below 100 (`48.2 MB`, `120 kB`). */
function roundForDisplay(value, unit) {
    if (unit === 0 || value >= 100)
        return Math.round(value);
    return Math.round(value * 10) / 10;
}
/** The 7-character form of a commit SHA; undefined for anything that is not one. */
function shortSha(sha) {
    if (sha === undefined || !/^[0-9a-f]{7,64}$/i.test(sha))
        return undefined;
    return sha.slice(0, 7).toLowerCase();
}


/***/ }),

/***/ 6317:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ readSmallFile),
/* harmony export */   b$: () => (/* binding */ readPlainFile)
/* harmony export */ });
/* unused harmony exports findCloudcastFiles, displayPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



const CLOUDCAST_FILE = /\.ya?ml$/i;
/**
 * The cloudcast files named by command-line paths: a file is taken as given, a folder is
 * searched recursively for `.yml`/`.yaml` files — skipping `node_modules` and dot-folders, and
 * not following symbolic links to folders, which could loop.
 */
async function findCloudcastFiles(paths, cwd) {
    const found = new Set();
    const errors = [];
    for (const path of paths) {
        const absolute = resolve(cwd, path);
        const info = await stat(absolute).catch((error) => error);
        if (info instanceof Error) {
            errors.push(`${path}: ${describeError(info)}`);
        }
        else if (info.isDirectory()) {
            await walk(absolute, found, errors, cwd);
        }
        else if (info.isFile()) {
            found.add(absolute);
        }
        else {
            errors.push(`${path}: not a file or a folder`);
        }
    }
    const files = [...found].map((file) => displayPath(file, cwd));
    return { files: [...new Set(files)].sort(), errors };
}
async function walk(folder, found, errors, cwd) {
    const entries = await readdir(folder, { withFileTypes: true }).catch((error) => error);
    if (entries instanceof Error) {
        errors.push(`${displayPath(folder, cwd)}/: ${describeError(entries)}`);
        return;
    }
    for (const entry of entries) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!entry.name.startsWith(".") && entry.name !== "node_modules")
                await walk(path, found, errors, cwd);
        }
        else if (CLOUDCAST_FILE.test(entry.name) && (entry.isFile() || (await isFileLink(path)))) {
            found.add(path);
        }
    }
}
async function isFileLink(path) {
    const info = await stat(path).catch(() => undefined);
    return info?.isFile() ?? false;
}
/** How a path is shown and reported: relative to the working directory, with `/`. */
function displayPath(absolute, cwd) {
    const rel = relative(cwd, absolute);
    const shown = rel === "" || isAbsolute(rel) ? absolute : rel;
    return sep === "/" ? shown : shown.split(sep).join("/");
}
function describeError(error) {
    if (error.code === "ENOENT")
        return "no such file or folder";
    if (error.code === "EACCES" || error.code === "EPERM")
        return "permission denied";
    if (error.code === "ENOTDIR")
        return "a part of the path is not a folder";
    return error.message;
}
/**
 * Reads a file of at most `limit` bytes. Callback-style `fs` on purpose: for the thousands of
 * small files `validate` reads, it costs half as much as `fs/promises` file handles. `flags` are
 * `open`'s (a caller that checked the path passes O_NOFOLLOW and O_NONBLOCK).
 */
function readSmallFile(path, limit, flags = "r") {
    return new Promise((resolvePromise, reject) => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.open)(path, flags, (openError, fd) => {
            if (openError)
                return reject(openError);
            const finish = (error, result) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.close)(fd, () => (error ? reject(error) : resolvePromise(result)));
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstat)(fd, (statError, info) => {
                if (statError)
                    return finish(statError);
                if (info.size > limit)
                    return finish(null, { tooLarge: info.size });
                readAll(fd, Buffer.allocUnsafe(info.size), 0, finish);
            });
        });
    });
}
/**
 * The bytes of a regular file of at most `limit` bytes, opened without following a symbolic link
 * and without blocking (should it be a FIFO); undefined for anything else — a link, a folder, a
 * larger file, an error — for the caller to judge with more care. Four calls of callback-style
 * `fs`, where a careful read makes a realpath, an lstat per folder and a file handle: it counts
 * for the thousands of files a selection may read.
 */
function readPlainFile(path, limit) {
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
    return new Promise((resolvePromise) => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.open)(path, flags, (openError, fd) => {
            if (openError)
                return resolvePromise(undefined);
            const finish = (bytes) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.close)(fd, () => resolvePromise(bytes));
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstat)(fd, (statError, info) => {
                if (statError || !info.isFile() || info.size > limit)
                    return finish();
                readAll(fd, Buffer.allocUnsafe(info.size), 0, (error, result) => finish(error || result === undefined || !("bytes" in result) ? undefined : result.bytes));
            });
        });
    });
}
function readAll(fd, buffer, offset, done) {
    if (offset === buffer.length)
        return done(null, { bytes: buffer });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.read)(fd, buffer, offset, buffer.length - offset, offset, (error, bytesRead) => {
        if (error)
            return done(error);
        // The file shrank while being read: keep what is there.
        if (bytesRead === 0)
            return done(null, { bytes: buffer.subarray(0, offset) });
        readAll(fd, buffer, offset + bytesRead, done);
    });
}


/***/ }),

/***/ 3782:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F6: () => (/* binding */ hasRemote),
/* harmony export */   KE: () => (/* binding */ isWorkTree),
/* harmony export */   QX: () => (/* binding */ isAncestor),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   _T: () => (/* binding */ readFileAt),
/* harmony export */   cB: () => (/* binding */ listTags),
/* harmony export */   fE: () => (/* binding */ isShallow),
/* harmony export */   hd: () => (/* binding */ fetch),
/* harmony export */   ho: () => (/* binding */ createGitRunner),
/* harmony export */   is: () => (/* binding */ diffCommits),
/* harmony export */   oS: () => (/* binding */ recordedParents),
/* harmony export */   sp: () => (/* binding */ listTrackedFiles),
/* harmony export */   wu: () => (/* binding */ mergeBase)
/* harmony export */ });
/* unused harmony exports GitError, redactUrls, parseNameStatus */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

class GitError extends Error {
    args;
    code;
    stderr;
    /**
     * The message always says why: git's last words on stderr, or — when it printed none — how it
     * ended and the whole command, never Node's bare "Command failed".
     */
    constructor(args, code, stderr, cause) {
        const what = `git ${args.slice(0, 3).join(" ")}${args.length > 3 ? " …" : ""}`;
        const said = stderr.trim().split("\n").slice(-3).join(" ").trim();
        const exit = code === undefined ? "" : ` (exit ${code})`;
        const detail = said !== "" ? said : silentFailure(args, code, cause);
        super(redactUrls(`${what} failed${exit}: ${detail}`));
        this.name = "GitError";
        this.args = args;
        this.code = code;
        this.stderr = stderr;
    }
}
/** A remote URL may carry credentials (`https://user:token@host/`); they never reach a message. */
function redactUrls(text) {
    return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, "$1***@");
}
/** Longest command shown in a message; refspecs and paths come from payloads and repositories. */
const MAX_COMMAND_CHARS = 500;
/** Why a git command failed that printed nothing on stderr. */
function silentFailure(args, code, cause) {
    const full = `git ${args.join(" ")}`;
    const command = `\`${full.length > MAX_COMMAND_CHARS ? `${full.slice(0, MAX_COMMAND_CHARS)}…` : full}\``;
    if (code !== undefined)
        return `it printed nothing on stderr; the command was ${command}`;
    const error = (typeof cause === "object" && cause !== null ? cause : {});
    if (error.code === "ENOENT")
        return "git is not installed or not on PATH";
    if (typeof error.signal === "string")
        return `it was stopped by ${error.signal}: ${command}`;
    // Node's own words, unless they are only "Command failed: <command>" again.
    const message = typeof error.message === "string" ? error.message.trim() : "";
    if (message !== "" && !message.startsWith("Command failed"))
        return `${message}: ${command}`;
    return `it ended without an exit code or a message: ${command}`;
}
/** Output of `git diff-tree` and `ls-files` can be large in big repositories. */
const MAX_BUFFER = 256 * 1024 * 1024;
/**
 * A runner for the repository at `cwd`. Every call sets `core.quotepath=off` (names come out
 * as they are) and never prompts for credentials (a fetch that needs them fails instead).
 */
function createGitRunner(cwd, env = process.env) {
    const childEnv = { ...env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
    return {
        cwd,
        run(args, options = {}) {
            const okCodes = options.okCodes ?? [0];
            const fullArgs = ["-c", "core.quotepath=off", ...args];
            return new Promise((resolve, reject) => {
                (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)("git", fullArgs, {
                    cwd,
                    env: childEnv,
                    maxBuffer: MAX_BUFFER,
                    encoding: options.encoding ?? "utf8",
                    windowsHide: true,
                }, (error, stdout, stderr) => {
                    const code = exitCode(error);
                    if (code !== undefined && okCodes.includes(code)) {
                        resolve({ code, stdout, stderr });
                    }
                    else {
                        reject(new GitError(args, code, stderr, error));
                    }
                });
            });
        },
    };
}
function exitCode(error) {
    if (error === null)
        return 0;
    const code = error.code;
    return typeof code === "number" ? code : undefined;
}
/** Revisions come from event payloads; one starting with `-` would be read as an option. */
function checkRev(rev) {
    if (rev === "" || rev.startsWith("-") || /[\s\0]/.test(rev)) {
        throw new Error(`Refusing the git revision ${JSON.stringify(rev)}: not a commit name.`);
    }
    return rev;
}
// ---- questions about the repository --------------------------------------------------------------
async function isWorkTree(git) {
    try {
        const out = await git.run(["rev-parse", "--is-inside-work-tree"], { okCodes: [0, 128] });
        return out.code === 0 && out.stdout.trim() === "true";
    }
    catch (error) {
        // No git at all is the same, for our purposes, as no repository.
        if (error instanceof GitError && error.code === undefined)
            return false;
        throw error;
    }
}
async function isShallow(git) {
    const out = await git.run(["rev-parse", "--is-shallow-repository"]);
    return out.stdout.trim() === "true";
}
/** The full object name of the commit `rev` names, or undefined when it is not in the clone. */
async function resolveCommit(git, rev) {
    const out = await git.run(["rev-parse", "--verify", "--quiet", `${checkRev(rev)}^{commit}`], {
        okCodes: [0, 1, 128],
    });
    return out.code === 0 ? out.stdout.trim() || undefined : undefined;
}
/** The best common ancestor of two commits, or undefined when their history here has none. */
async function mergeBase(git, a, b) {
    const out = await git.run(["merge-base", checkRev(a), checkRev(b)], { okCodes: [0, 1, 128] });
    return out.code === 0 ? out.stdout.trim() || undefined : undefined;
}
/** Whether `ancestor` is `descendant` or one of its ancestors, in the history the clone has. */
async function isAncestor(git, ancestor, descendant) {
    const out = await git.run(["merge-base", "--is-ancestor", checkRev(ancestor), checkRev(descendant)], {
        okCodes: [0, 1, 128],
    });
    return out.code === 0;
}
/**
 * The parents recorded in the commit object itself. Unlike `rev^`, this also answers in a
 * shallow clone, where the commit at the boundary looks parentless.
 */
async function recordedParents(git, commit) {
    const out = await git.run(["cat-file", "commit", checkRev(commit)]);
    const header = out.stdout.split("\n\n", 1)[0] ?? "";
    return header
        .split("\n")
        .filter((line) => line.startsWith("parent "))
        .map((line) => line.slice("parent ".length).trim());
}
async function hasRemote(git, name) {
    const out = await git.run(["remote"]);
    return out.stdout.split("\n").some((line) => line.trim() === name);
}
async function listTags(git) {
    const out = await git.run([
        "for-each-ref",
        "--format=%(refname:strip=2)%00%(creatordate:unix)",
        "refs/tags",
    ]);
    return out.stdout
        .split("\n")
        .filter((line) => line !== "")
        .map((line) => {
        const [name = "", date = "0"] = line.split("\0");
        return { name, createdAt: Number(date) || 0 };
    });
}
/** Tracked files under the working directory, relative to it, `/`-separated. */
async function listTrackedFiles(git) {
    const out = await git.run(["ls-files", "-z"]);
    return [...new Set(out.stdout.split("\0").filter((p) => p !== ""))];
}
/**
 * A file's content at a revision, or undefined when the file (or the revision) is not there.
 * Used to read the previous version of a renamed or retitled cloudcast.
 */
async function readFileAt(git, rev, path) {
    const out = await git.run(["cat-file", "blob", `${checkRev(rev)}:./${path}`], {
        okCodes: [0, 128],
    });
    return out.code === 0 ? out.stdout : undefined;
}
/** Runs one fetch; resolves false (with the reason) rather than throwing when the fetch fails. */
async function fetch(git, request) {
    const args = ["fetch", "--no-tags", "--no-recurse-submodules", "--quiet"];
    if (request.unshallow)
        args.push("--unshallow");
    else if (request.deepen !== undefined)
        args.push(`--deepen=${request.deepen}`);
    else if (request.depth !== undefined)
        args.push(`--depth=${request.depth}`);
    args.push(checkRev(request.remote), ...request.refspecs.map(checkRev));
    try {
        await git.run(args);
        return { ok: true };
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        return { ok: false, reason: error.message };
    }
}
/**
 * The files that differ between two commits (`base` undefined: every file of `head`, as for a
 * root commit), with renames found (`-M`). Plumbing (`diff-tree`) rather than `git diff`, so
 * the user's diff settings cannot change the output; `-z` keeps any file name intact;
 * `--relative` reports paths relative to the workspace when it is a subdirectory of the repo.
 */
async function diffCommits(git, base, head) {
    const commits = base === undefined ? ["--root", checkRev(head)] : [checkRev(base), checkRev(head)];
    const out = await git.run([
        "diff-tree",
        "-r",
        "-z",
        "-M",
        "--name-status",
        "--no-commit-id",
        "--relative",
        ...commits,
    ]);
    return parseNameStatus(out.stdout);
}
/**
 * Parses `--name-status -z` output: `STATUS\0path\0`, or `R080\0old\0new\0` for renames and
 * copies. Type changes count as modifications; unmerged and unknown entries are dropped.
 */
function parseNameStatus(output) {
    const fields = output.split("\0");
    const entries = [];
    let i = 0;
    while (i < fields.length) {
        const code = fields[i++] ?? "";
        if (code === "")
            continue;
        const letter = code[0];
        if (letter === "R" || letter === "C") {
            const from = fields[i++] ?? "";
            const to = fields[i++] ?? "";
            entries.push({ status: letter === "R" ? "renamed" : "copied", path: to, previousPath: from });
            continue;
        }
        const file = fields[i++] ?? "";
        const status = SIMPLE_STATUS[letter ?? ""];
        if (status !== undefined)
            entries.push({ status, path: file });
    }
    return entries;
}
const SIMPLE_STATUS = {
    A: "added",
    M: "modified",
    T: "modified",
    D: "deleted",
};


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ tracklistRelPath),
/* harmony export */   f: () => (/* binding */ DEFAULT_TRACKLIST_EXTENSIONS)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Where a cloudcast's tracklist export is, by its path alone: no reading, no checks. Apart from
// file.ts (which finds and reads the export), so that the selection, which asks this at the
// start of every run, does not load the readers and the media checks with it.

/**
 * The extensions of the tracklist file looked for beside a cloudcast file without `tracks:` or
 * `tracklist:`, in the order they win: the CUE sheet a recording program writes beside the
 * audio first, plain text (often notes rather than a tracklist) last.
 */
const DEFAULT_TRACKLIST_EXTENSIONS = ["cue", "nml", "csv", "session", "m3u", "txt"];
/** Where `tracklist:` points, from the workspace root: it is relative to the cloudcast file. */
function tracklistRelPath(cloudcastPath, written) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(cloudcastPath), written));
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
