export const id = 517;
export const ids = [517];
export const modules = {

/***/ 9451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H6: () => (/* binding */ startsWithBytes),
/* harmony export */   _8: () => (/* binding */ u16le),
/* harmony export */   _L: () => (/* binding */ u16be),
/* harmony export */   a: () => (/* binding */ ascii),
/* harmony export */   dw: () => (/* binding */ u64le),
/* harmony export */   fm: () => (/* binding */ u64be),
/* harmony export */   mO: () => (/* binding */ u32be),
/* harmony export */   mr: () => (/* binding */ u32le),
/* harmony export */   x3: () => (/* binding */ u24be)
/* harmony export */ });
/* unused harmony export bufferSource */
// Small readers over byte arrays that never throw: out-of-range reads give undefined, so a
// truncated header is "not this format" rather than a crash.
function ascii(b, at, length) {
    if (at < 0 || at + length > b.length)
        return "";
    return String.fromCharCode(...b.subarray(at, at + length));
}
function startsWithBytes(b, at, expected) {
    if (at + expected.length > b.length)
        return false;
    return expected.every((value, i) => b[at + i] === value);
}
function u16be(b, at) {
    if (at < 0 || at + 2 > b.length)
        return undefined;
    return ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
}
function u24be(b, at) {
    if (at < 0 || at + 3 > b.length)
        return undefined;
    return ((b[at] ?? 0) << 16) | ((b[at + 1] ?? 0) << 8) | (b[at + 2] ?? 0);
}
function u32be(b, at) {
    if (at < 0 || at + 4 > b.length)
        return undefined;
    return new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(at, false);
}
function u32le(b, at) {
    if (at < 0 || at + 4 > b.length)
        return undefined;
    return new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(at, true);
}
function u64be(b, at) {
    const high = u32be(b, at);
    const low = u32be(b, at + 4);
    if (high === undefined || low === undefined)
        return undefined;
    return high * 2 ** 32 + low;
}
/** A ByteSource over bytes already in memory. */
function bufferSource(bytes, size = bytes.length) {
    return {
        size,
        read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)),
    };
}
function u16le(b, at) {
    if (at < 0 || at + 2 > b.length)
        return undefined;
    return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}
/** Exact up to 2^53; larger values (never a real size or sample count) lose precision. */
function u64le(b, at) {
    const low = u32le(b, at);
    const high = u32le(b, at + 4);
    if (high === undefined || low === undefined)
        return undefined;
    return high * 2 ** 32 + low;
}


/***/ }),

/***/ 3578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VV: () => (/* binding */ cutShort),
/* harmony export */   YA: () => (/* binding */ oddityList),
/* harmony export */   eR: () => (/* binding */ id3Truncation),
/* harmony export */   oH: () => (/* binding */ skipId3v2),
/* harmony export */   sJ: () => (/* binding */ MAX_CHUNKS)
/* harmony export */ });
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5728);
/* harmony import */ var _mpeg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8359);


/** `{ oddities }` holding those given, or nothing when there are none. */
function oddityList(...found) {
    const oddities = found.filter((o) => o !== undefined);
    return oddities.length === 0 ? {} : { oddities };
}
/** At most this many chunks/boxes are walked, so a crafted file cannot make a check slow. */
const MAX_CHUNKS = 64;
function cutShort(what, claimed, size) {
    const [stated, held] = (0,_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytePair */ .ao)(claimed, size);
    return `${what} ${stated} but the file holds only ${held}`;
}
/** Where the audio starts after any ID3v2 tags (several may be chained) at the start. */
async function skipId3v2(source) {
    let at = 0;
    for (let tags = 0; tags < 4; tags++) {
        const length = (0,_mpeg_js__WEBPACK_IMPORTED_MODULE_1__/* .id3v2Length */ .ft)(await source.read(at, 10), 0);
        if (length === undefined)
            break;
        at += length;
    }
    return at;
}
/** The problem with a file whose ID3 tags reach its end, if they do. */
function id3Truncation(audioStart, size) {
    if (audioStart > size)
        return { truncated: cutShort("its ID3 tag claims", audioStart, size) };
    if (audioStart === size)
        return { truncated: "it holds an ID3 tag but no audio" };
    return undefined;
}


/***/ }),

/***/ 6175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LZ: () => (/* binding */ findFirstFrame),
/* harmony export */   Y3: () => (/* binding */ TAG_SLACK),
/* harmony export */   r2: () => (/* binding */ JUNK_REACH),
/* harmony export */   sf: () => (/* binding */ findFrameChain)
/* harmony export */ });
// Where the frames of an MP3 or raw AAC stream start, found as players find it: a header that
// parses and is followed, at the length it states, by a second header of the same stream. The
// place the ID3v2 tag's size points at is tried first; a size field a few bytes off (the
// frames start inside the tag or just after it) and junk or zero bytes before the first frame
// (the MPEG conformance files start with 215 zero bytes) are read past, and named.
/** How far before a tag's stated end the first frame is looked for. */
const TAG_SLACK = 512;
/** How far after where the audio should start the first frame is looked for in one read. */
const JUNK_REACH = 64 * 1024;
/**
 * How far a search for frames behind junk goes when that first read finds none: 1 MiB, past
 * the junk real files carry (100,000 zero bytes of a recorder's pre-roll, a download manager's
 * leftovers) and within what ffmpeg's probe reads (5 MB at most), while a remote check of such
 * a file still reads about 1 MiB. Files of random bytes are read that far, once, and refused.
 */
const FAR_JUNK_REACH = 1024 * 1024;
/**
 * Frames in a row the far search asks for: a chance pair of headers turns up in random data
 * about once in a few hundred KiB, four in a row practically never.
 */
const FAR_CHAIN = 4;
/** The far search reads this much at a time; windows overlap by enough for four of the longest frames. */
const FAR_WINDOW = 64 * 1024;
const FAR_OVERLAP = 16 * 1024;
/**
 * The first frame at or near `audioStart` (where any ID3v2 tags end, 0 without one); `what`
 * names the frames in messages ("MPEG frame"). Undefined, with the reason, when there is none.
 */
async function findFirstFrame(source, audioStart, parse, what) {
    const from = audioStart === 0 ? 0 : Math.max(10, audioStart - TAG_SLACK);
    const bytes = await source.read(from, audioStart - from + JUNK_REACH);
    const atEnd = from + bytes.length >= source.size;
    const expected = audioStart - from;
    const found = isConfirmed(bytes, expected, parse, atEnd)
        ? expected
        : firstConfirmed(bytes, parse, atEnd);
    if (found === undefined)
        return farFirstFrame(source, audioStart, parse, what);
    const at = from + found;
    const zeros = bytes.subarray(Math.max(0, expected), found).every((x) => x === 0);
    const oddity = at === audioStart ? undefined : misplaced(audioStart, at, zeros, what);
    return { at, window: bytes.subarray(found), ...(oddity === undefined ? {} : { oddity }) };
}
/** The first frame behind more junk than one read holds, as findFirstFrame gives it. */
async function farFirstFrame(source, audioStart, parse, what) {
    const far = await findFrameChain(source, audioStart, parse);
    if (far === undefined) {
        const where = audioStart === 0 ? "in its first" : "in the first";
        const after = audioStart === 0 ? "" : " after its ID3v2 tag";
        return { lengthUnknown: `no ${what} was found ${where} 1 MiB${after}` };
    }
    const window = await source.read(far.at, JUNK_REACH);
    return { at: far.at, window, oddity: misplaced(audioStart, far.at, far.zeros, what) };
}
/**
 * Where FAR_CHAIN frames in a row start, from `from` up to FAR_JUNK_REACH past it, read a
 * window at a time (each byte is tried once: memory stays at one window, time linear), and
 * whether every byte before them is zero. Undefined when there are none.
 */
async function findFrameChain(source, from, parse) {
    const end = Math.min(source.size, from + FAR_JUNK_REACH);
    let zeros = true;
    for (let start = from; start < end; start += FAR_WINDOW - FAR_OVERLAP) {
        const b = await source.read(start, FAR_WINDOW);
        const atEnd = start + b.length >= source.size;
        // Starts in the overlap are tried by the next window, which holds their frames whole.
        const last = atEnd ? b.length : Math.min(b.length, FAR_WINDOW - FAR_OVERLAP, end - start);
        for (let at = b.indexOf(0xff); at >= 0 && at < last; at = b.indexOf(0xff, at + 1)) {
            if (isChain(b, at, parse, atEnd)) {
                return { at: start + at, zeros: zeros && b.subarray(0, at).every((x) => x === 0) };
            }
        }
        zeros &&= b.subarray(0, last).every((x) => x === 0);
        if (atEnd)
            break;
    }
    return undefined;
}
/** FAR_CHAIN frames of one stream in a row from `at`, or frames of it up to the end of the file. */
function isChain(b, at, parse, atEnd) {
    const first = parse(b, at);
    let next = at;
    for (let i = 0; i < FAR_CHAIN; i++) {
        if (atEnd && next === b.length && i > 0)
            return true;
        const frame = parse(b, next);
        if (frame === undefined || frame.stream !== first?.stream)
            return false;
        next += frame.length;
    }
    return true;
}
/** A frame at `at` whose successor (or the end of the file) is where its length says. */
function isConfirmed(b, at, parse, atEnd) {
    const frame = parse(b, at);
    if (frame === undefined)
        return false;
    const next = at + frame.length;
    if (atEnd && next === b.length)
        return true;
    return parse(b, next)?.stream === frame.stream;
}
/** The first confirmed frame in `b`, trying only bytes that can start a header (0xFF). */
function firstConfirmed(b, parse, atEnd) {
    for (let at = b.indexOf(0xff); at >= 0; at = b.indexOf(0xff, at + 1)) {
        if (isConfirmed(b, at, parse, atEnd))
            return at;
    }
    return undefined;
}
function misplaced(audioStart, at, zeros, what) {
    if (at < audioStart) {
        return {
            rule: "tag-size",
            what: `has an ID3v2 tag whose size field says it ends at byte ${audioStart}, but its first ` +
                `${what} starts at byte ${at}, ${audioStart - at} bytes inside it; players find the ` +
                "frame there, and so did this check",
        };
    }
    const count = `${at - audioStart} ${zeros ? "zero bytes" : "bytes that are not audio"}`;
    return {
        rule: "junk-before-audio",
        what: `${audioStart === 0
            ? `starts with ${count} before its first ${what} (at byte ${at})`
            : `has ${count} between its ID3v2 tag and its first ${what} (at byte ${at})`}; players skip them, and so did this check`,
    };
}


/***/ }),

/***/ 6636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ countFrames)
/* harmony export */ });
/* unused harmony export SCAN_CHUNK_BYTES */
/** Bytes read at a time: a 1 GB file takes about 1,000 reads, and memory stays at 1 MiB. */
const SCAN_CHUNK_BYTES = 1024 * 1024;
/** A chunk is walked while this much of it is left, so a header never straddles two reads. */
const HEADER_ROOM = 16;
/**
 * Seconds of audio in the frames from `start` (which must be a frame header) to the end of
 * the source; undefined when there is not one whole frame. Data between frames (a tag in the
 * middle, a damaged stretch, a trailing ID3v1 or APE tag) is skipped: after anything that is
 * not a frame, counting resumes only where two consecutive frame headers of the same stream
 * agree, which bytes of a picture or a tag practically never imitate.
 */
async function countFrames(source, start, parse) {
    const first = parse(await source.read(start, HEADER_ROOM), 0);
    if (first === undefined)
        return undefined;
    const totals = {
        samples: 0,
        frames: 0,
        sampleRate: first.sampleRate,
        stream: first.stream,
    };
    let at = start;
    let inSync = true;
    const buffer = source.readInto === undefined ? undefined : new Uint8Array(SCAN_CHUNK_BYTES);
    while (at < source.size) {
        const chunk = await readChunk(source, at, buffer);
        if (chunk.length === 0)
            break;
        const atEnd = at + chunk.length >= source.size;
        const walked = walkChunk(chunk, atEnd, parse, totals, inSync);
        inSync = walked.inSync;
        if (atEnd)
            break;
        // The next read starts where this chunk's walk stopped: at a frame that did not fit whole.
        at += Math.max(walked.consumed, 1);
    }
    return totals.frames > 0 ? totals.samples / totals.sampleRate : undefined;
}
/** The next chunk, into the one reused buffer where the source can fill it. */
async function readChunk(source, at, buffer) {
    if (buffer === undefined || source.readInto === undefined) {
        return source.read(at, SCAN_CHUNK_BYTES);
    }
    return buffer.subarray(0, await source.readInto(at, buffer));
}
function walkChunk(b, atEnd, parse, totals, startInSync) {
    const limit = atEnd ? b.length : b.length - HEADER_ROOM;
    let i = 0;
    let inSync = startInSync;
    while (i < limit) {
        const frame = sameStream(parse(b, i), totals);
        const needed = frame === undefined ? 0 : frame.length + (inSync ? 0 : HEADER_ROOM);
        if (frame !== undefined && i + needed > b.length && !atEnd) {
            // The frame (or the header that must confirm it) runs past this chunk: read again from here.
            return { consumed: i, inSync };
        }
        if (frame !== undefined && i + frame.length > b.length)
            break; // a cut-off last frame
        if (frame !== undefined && (inSync || confirmed(b, i + frame.length, atEnd, parse, totals))) {
            totals.frames += 1;
            totals.samples += frame.samples;
            i += frame.length;
            inSync = true;
            continue;
        }
        inSync = false;
        i = nextSync(b, i + 1, limit);
    }
    return { consumed: i, inSync };
}
/**
 * The next byte that could start a header: an 0xFF (every MPEG and ADTS sync begins with one),
 * found by the engine's byte search rather than a header parse at every byte, followed by the
 * sync's three set bits and by a byte that is not 0xFF (bitrate 15 in MPEG audio, sample rate
 * 15 in ADTS: both reserved). Junk and a damaged stretch are crossed at memory speed, and a
 * run of 0xFF bytes by this loop alone.
 */
function nextSync(b, from, limit) {
    let at = from;
    while (at < limit) {
        if (b[at] !== 0xff) {
            at = b.indexOf(0xff, at);
            if (at < 0 || at >= limit)
                return limit;
        }
        if (((b[at + 1] ?? 0) & 0xe0) === 0xe0 && b[at + 2] !== 0xff)
            return at;
        at = b[at + 1] === 0xff ? pastRunOfFF(b, at, limit) : at + 1;
    }
    return limit;
}
/** 4 KiB of 0xFF, to compare a run of them against a block at a time. */
const FF_BLOCK = new Uint8Array(4096).fill(0xff);
/**
 * Inside a run of 0xFF bytes (erased flash memory after a recording that stopped, or a hostile
 * file) no byte can start a header until the last two: whole blocks of them are passed over
 * with one native comparison each. Gives where the byte-by-byte search goes on.
 */
function pastRunOfFF(b, from, limit) {
    let at = from;
    const block = FF_BLOCK.length;
    while (at + block <= limit && Buffer.compare(b.subarray(at, at + block), FF_BLOCK) === 0) {
        at += block - 2;
    }
    return at === from ? from + 1 : at;
}
function sameStream(frame, totals) {
    return frame !== undefined && frame.stream === totals.stream ? frame : undefined;
}
/** After a gap: a frame counts only when another frame of the stream (or the file's end) follows it. */
function confirmed(b, next, atEnd, parse, totals) {
    if (atEnd && next === b.length)
        return true;
    return sameStream(parse(b, next), totals) !== undefined;
}


/***/ }),

/***/ 5423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VX: () => (/* binding */ mp3StatesItsLength),
/* harmony export */   bP: () => (/* binding */ mp3FramesAfterJunk),
/* harmony export */   hN: () => (/* binding */ inspectMp3)
/* harmony export */ });
/* unused harmony export vbrHeaderSeconds */
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9451);
/* harmony import */ var _mpeg_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8359);
/* harmony import */ var _first_frame_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6175);
/* harmony import */ var _facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3578);
/* harmony import */ var _frame_scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6636);





// MP3: the frame count of a Xing/Info (LAME, ffmpeg) or VBRI (Fraunhofer) header in the first
// frame, less the encoder delay and padding that LAME's extension records; without such a
// header, the frames themselves are counted. A bitrate estimate (file size / first frame's
// bitrate) is never used: it is wrong for VBR, and for CBR it only looks right.
async function inspectMp3(source) {
    const audioStart = await (0,_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .skipId3v2 */ .oH)(source);
    const cut = (0,_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .id3Truncation */ .eR)(audioStart, source.size);
    if (cut !== undefined)
        return cut;
    const first = await (0,_first_frame_js__WEBPACK_IMPORTED_MODULE_3__/* .findFirstFrame */ .LZ)(source, audioStart, mp3Frame, "MPEG frame");
    if (!("at" in first))
        return first;
    const oddities = (0,_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .oddityList */ .YA)(first.oddity);
    const frame = (0,_mpeg_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMpegFrameHeader */ .Ds)(first.window, 0);
    if (frame === undefined)
        return oddities;
    const fromHeader = vbrHeaderSeconds(first.window, 0, frame);
    const durationSeconds = fromHeader ?? (await (0,_frame_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .countFrames */ .y)(source, first.at, mp3Frame));
    return { durationSeconds, ...oddities };
}
/**
 * Whether the first frame carries a Xing/Info or VBRI header with the length, so the frames need
 * no count: what a ranged check asks before it reads a remote MP3 whole. True too where there is
 * nothing to count (no frame found): the reader then says why the length is unknown.
 */
async function mp3StatesItsLength(source) {
    const audioStart = await (0,_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .skipId3v2 */ .oH)(source);
    if (audioStart >= source.size)
        return true;
    const first = await (0,_first_frame_js__WEBPACK_IMPORTED_MODULE_3__/* .findFirstFrame */ .LZ)(source, audioStart, mp3Frame, "MPEG frame");
    if (!("at" in first))
        return true;
    const frame = (0,_mpeg_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMpegFrameHeader */ .Ds)(first.window, 0);
    if (frame === undefined || frame.sampleRate === 0)
        return true;
    return vbrHeaderSeconds(first.window, 0, frame) !== undefined;
}
/**
 * Whether MP3 frames follow junk that outgrows the head read to recognise a file (found as
 * findFirstFrame finds them there: several frames in a row, within its reach).
 */
async function mp3FramesAfterJunk(source) {
    return (await (0,_first_frame_js__WEBPACK_IMPORTED_MODULE_3__/* .findFrameChain */ .sf)(source, 0, mp3Frame)) !== undefined;
}
function mp3Frame(b, at) {
    const header = (0,_mpeg_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMpegFrameHeader */ .Ds)(b, at);
    if (header?.frameLength === undefined)
        return undefined;
    return {
        length: header.frameLength,
        samples: header.samplesPerFrame,
        sampleRate: header.sampleRate,
        // Each sample rate belongs to one MPEG version, so rate, layer and mono say it all.
        stream: header.sampleRate * 8 + header.layer * 2 + (header.mono ? 1 : 0),
    };
}
/** Seconds from the first frame's Xing/Info or VBRI header, if it carries one with a frame count. */
function vbrHeaderSeconds(w, frameAt, frame) {
    const sideInfo = frame.version === 1 ? (frame.mono ? 17 : 32) : frame.mono ? 9 : 17;
    const xingAt = frameAt + 4 + (frame.crc ? 2 : 0) + sideInfo;
    const tag = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(w, xingAt, 4);
    let samples;
    if (tag === "Xing" || tag === "Info")
        samples = xingSamples(w, xingAt, frame.samplesPerFrame);
    // VBRI sits 32 bytes after the header whatever the mode.
    else if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(w, frameAt + 36, 4) === "VBRI") {
        const frames = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .u32be */ .mO)(w, frameAt + 36 + 14);
        samples = frames === undefined ? undefined : frames * frame.samplesPerFrame;
    }
    return samples !== undefined && samples > 0 ? samples / frame.sampleRate : undefined;
}
/** Xing flags: which optional fields follow, in this order, and their sizes. */
const XING_FIELDS = [
    { flag: 1, bytes: 4 }, // frames
    { flag: 2, bytes: 4 }, // bytes
    { flag: 4, bytes: 100 }, // table of contents
    { flag: 8, bytes: 4 }, // quality
];
/**
 * The frames a Xing/Info header counts (the header's own frame is not among them, which is
 * how LAME and ffmpeg write it and how decoders read it), times samples per frame, less the
 * delay and padding of a LAME extension ("LAME3.100", "Lavc59.37"), which decoders drop for
 * gapless playback. At 8 kHz these add up to 0.2 s, so they matter even at a 0.1 s tolerance.
 */
function xingSamples(w, at, samplesPerFrame) {
    const flags = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .u32be */ .mO)(w, at + 4) ?? 0;
    if ((flags & 1) === 0)
        return undefined;
    const frames = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .u32be */ .mO)(w, at + 8);
    if (frames === undefined)
        return undefined;
    const lameAt = XING_FIELDS.reduce((end, f) => end + (flags & f.flag ? f.bytes : 0), at + 8);
    const total = frames * samplesPerFrame;
    const trimmed = total - lameGapless(w, lameAt);
    return trimmed > 0 ? trimmed : total;
}
/** Encoder delay + padding from a LAME extension, 12 bits each at byte 21; 0 when there is none. */
function lameGapless(w, at) {
    // The extension starts with the encoder's name: four letters ("LAME", "Lavc", "Lavf", "GOGO").
    if (!/^[A-Za-z]{4}$/.test((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(w, at, 4)) || at + 24 > w.length)
        return 0;
    const b21 = w[at + 21] ?? 0;
    const b22 = w[at + 22] ?? 0;
    const b23 = w[at + 23] ?? 0;
    const delay = (b21 << 4) | (b22 >> 4);
    const padding = ((b22 & 0x0f) << 8) | b23;
    return delay + padding;
}


/***/ }),

/***/ 3517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pt: () => (/* reexport */ checkMedia),
  xr: () => (/* reexport */ createUrlCheckRun),
  aN: () => (/* reexport */ downloadToTemp),
  BO: () => (/* reexport */ url_policy.redactUrl)
});

// UNUSED EXPORTS: AUDIO_EXTENSIONS, MediaDownloadError, PRIVATE_ALLOWED, PUBLIC_ONLY, describeContent, isLoopbackHost, sniffAudio, sniffPicture

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/diagnostic.ts
var diagnostic = __webpack_require__(1348);
// EXTERNAL MODULE: ./src/media/formats.ts
var formats = __webpack_require__(5728);
// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(2969);
// EXTERNAL MODULE: ./src/media/workspace-path.ts
var workspace_path = __webpack_require__(5733);
;// CONCATENATED MODULE: ./src/media/default-audio.ts





/**
 * The audio a cloudcast file without `audio:` means: the file beside it with the same stem and
 * an audio extension (`shows/ep1.yml` → `shows/ep1.mp3`, `shows/ep1.FLAC`, …).
 * More than one match is an error rather than a silent pick: which one to publish is the
 * user's call, and guessing wrong uploads the wrong file for good.
 */
async function findDefaultAudio(cloudcastFile, workspaceRoot) {
    const folder = external_node_path_.posix.dirname(cloudcastFile);
    const stem = external_node_path_.posix.basename(cloudcastFile, external_node_path_.posix.extname(cloudcastFile));
    const names = await namesIn(workspaceRoot, folder);
    const matches = names
        .filter((name) => audioExtensionIndex(name, stem) >= 0)
        .sort((a, b) => audioExtensionIndex(a, stem) - audioExtensionIndex(b, stem) || (a < b ? -1 : 1));
    const inFolder = (name) => (folder === "." ? name : `${folder}/${name}`);
    if (matches.length === 1)
        return { ok: true, relPath: inFolder(matches[0] ?? "") };
    if (matches.length > 1) {
        const listed = matches.map((name) => `\`${inFolder(name)}\``).join(", ");
        return failure("ambiguous", `several files could be this cloudcast's audio (${listed}): set \`audio:\` to the one to publish`);
    }
    return failure("missing", noAudioMessage(inFolder(stem), stem, names, inFolder));
}
function noAudioMessage(base, stem, names, inFolder) {
    const tried = formats/* AUDIO_EXTENSIONS */.In.map((ext) => `.${ext}`).join(", ");
    const audioNames = names.filter((name) => audioExtensionOf(name) !== undefined);
    const near = (0,suggest/* closestName */.N)(stem, audioNames.map(stemOf));
    const nearName = audioNames.find((name) => stemOf(name) === near);
    const hint = nearName === undefined ? "" : ` (did you mean \`${inFolder(nearName)}\`?)`;
    return (`no audio found for this cloudcast: looked for \`${base}\` with an audio extension ` +
        `(${tried})${hint}; add the audio file there, or set \`audio:\` to a repository path ` +
        "or an https:// URL");
}
/** Position of the name's extension in AUDIO_EXTENSIONS when its stem is exactly `stem`, else -1. */
function audioExtensionIndex(name, stem) {
    if (!name.startsWith(`${stem}.`))
        return -1;
    const extension = name.slice(stem.length + 1).toLowerCase();
    return formats/* AUDIO_EXTENSIONS */.In.indexOf(extension);
}
function audioExtensionOf(name) {
    const extension = external_node_path_.posix.extname(name).slice(1).toLowerCase();
    return formats/* AUDIO_EXTENSIONS */.In.includes(extension) ? extension : undefined;
}
function stemOf(name) {
    return external_node_path_.posix.basename(name, external_node_path_.posix.extname(name));
}
async function namesIn(workspaceRoot, folder) {
    const resolved = await (0,workspace_path/* resolveInWorkspace */.z1)(workspaceRoot, folder, `the folder \`${folder}\``);
    if (!resolved.ok || !resolved.stats.isDirectory())
        return [];
    return (0,promises_.readdir)(resolved.realPath);
}
function failure(rule, message) {
    return { ok: false, problem: { rule, message } };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/media/inspect-audio.ts + 11 modules
var inspect_audio = __webpack_require__(7490);
// EXTERNAL MODULE: ./src/media/lfs.ts
var lfs = __webpack_require__(9211);
// EXTERNAL MODULE: ./src/media/problems.ts
var media_problems = __webpack_require__(5470);
// EXTERNAL MODULE: ./src/media/sniff.ts
var sniff = __webpack_require__(1964);
;// CONCATENATED MODULE: ./src/media/local-file.ts









/** Bytes read from the start of a file to recognise it (enough for an MP4 `moov` up front). */
const HEAD_BYTES = 64 * 1024;
/**
 * Checks a repo file as a cloudcast's audio or picture: inside the workspace, a regular file,
 * within the size limit, of a known type by content, not cut short. A Git LFS pointer is
 * checked by ranged reads of its object when `options.lfs` can reach it.
 */
async function checkLocalFile(kind, relPath, workspaceRoot, options = {}) {
    const label = `the ${kind} \`${relPath}\``;
    const resolved = await (0,workspace_path/* resolveInWorkspace */.z1)(workspaceRoot, relPath, label);
    if (!resolved.ok)
        return { problems: [resolved.problem] };
    // Decided from lstat before anything is opened: opening a FIFO would block until a writer came.
    const notRegular = describeNonRegular(resolved.stats);
    if (notRegular !== undefined) {
        return problem("not-regular", `${label} is ${notRegular}, not a regular file: point it at the file itself`);
    }
    // A hard link (nlink > 1) is accepted: git never creates one, so it can only come from the
    // runner's own tooling, and from inside there is no telling which name is "the original".
    // It still names data on the same file system that the workspace owner could already read.
    const { size } = resolved.stats;
    if (size === 0)
        return problem("empty", `${label} is empty (0 bytes): commit the real file`);
    const opened = await openRegular(resolved.realPath, resolved.stats, label);
    if ("rule" in opened)
        return { problems: [opened] };
    const handle = opened;
    try {
        const file = { realPath: resolved.realPath, relPath, size };
        return await checkContent(kind, label, handle, file, options);
    }
    finally {
        await handle.close();
    }
}
async function checkContent(kind, label, handle, file, options) {
    const source = fileSource(handle, file.size);
    const head = await source.read(0, HEAD_BYTES);
    const pointer = (0,lfs/* parseLfsPointer */.y)(head, file.size);
    if (pointer !== undefined && options.lfs === undefined)
        return problem("lfs-pointer", (0,lfs/* lfsPointerMessage */.Ip)(label, kind, pointer));
    if (pointer !== undefined && options.lfs !== undefined) {
        const { checkLfsMedia } = await __webpack_require__.e(/* import() */ 720).then(__webpack_require__.bind(__webpack_require__, 720));
        return checkLfsMedia(pointer, { kind, label, ...file, ...options, lfs: options.lfs });
    }
    const problems = [];
    const limit = (0,formats/* sizeLimit */.Le)(kind);
    if (file.size > limit)
        problems.push((0,media_problems/* tooLargeProblem */.zc)("too-large", label, file.size, limit));
    const content = await (0,sniff/* sniffSource */.Qo)(kind, head, source);
    if (content.type === undefined) {
        const fileName = external_node_path_.posix.basename(file.relPath);
        problems.push((0,media_problems/* unknownTypeProblem */.QH)(kind, label, content.evidence, { fileName }));
        return { problems };
    }
    const type = content.type;
    const facts = kind === "audio" ? await (0,inspect_audio/* inspectAudio */.h)(type.type, source) : {};
    if (facts.truncated !== undefined) {
        problems.push({
            rule: "truncated",
            message: `${label} looks cut short: ${facts.truncated}; copy or export the file again`,
        });
    }
    if (problems.length > 0)
        return { problems };
    const warnings = kind === "audio" ? (0,media_problems/* audioWarnings */.Q9)(label, facts) : [];
    return { media: fileMedia(file, type, facts.durationSeconds), problems, warnings };
}
function fileMedia(file, type, durationSeconds) {
    return {
        kind: "file",
        path: file.realPath,
        relPath: file.relPath,
        filename: external_node_path_.posix.basename(file.relPath),
        size: file.size,
        ...type,
        ...(durationSeconds === undefined ? {} : { durationSeconds }),
    };
}
function describeNonRegular(stats) {
    if (stats.isFile())
        return undefined;
    if (stats.isDirectory())
        return "a folder";
    if (stats.isFIFO())
        return "a named pipe (FIFO)";
    if (stats.isSocket())
        return "a socket";
    if (stats.isCharacterDevice())
        return "a character device";
    if (stats.isBlockDevice())
        return "a block device";
    return "not a regular file";
}
/**
 * Opens without following a symlink and without blocking (a belt-and-braces guard should the
 * path have been swapped for a FIFO since lstat), then makes sure it is still the same file.
 */
async function openRegular(realPath, expected, label) {
    const changed = {
        rule: "not-regular",
        message: `${label} changed while it was being checked: run the check again`,
    };
    const flags = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK | external_node_fs_.constants.O_NOFOLLOW;
    let handle;
    try {
        handle = await (0,promises_.open)(realPath, flags);
    }
    catch (error) {
        const code = (0,workspace_path/* errorCode */.CA)(error);
        if (code === "EACCES" || code === "EPERM") {
            return { rule: "unreadable", message: `${label} cannot be read: permission denied` };
        }
        if (code === "ENOENT" || code === "ELOOP")
            return changed;
        throw error;
    }
    const now = await handle.stat();
    if (now.isFile() && now.ino === expected.ino && now.dev === expected.dev)
        return handle;
    await handle.close();
    return changed;
}
/**
 * Reads at offsets of an open file; the first read is kept so header readers share it. One
 * function reads from the file: `read` gives it a new buffer, `readInto` the caller's.
 */
function fileSource(handle, size) {
    let cached;
    const readInto = async (offset, target) => {
        const wanted = Math.max(0, Math.min(target.length, size - offset));
        if (wanted === 0 || offset < 0)
            return 0;
        return (await handle.read(target, 0, wanted, offset)).bytesRead;
    };
    const readNew = async (offset, length) => {
        const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
        return buffer.subarray(0, await readInto(offset, buffer));
    };
    return {
        size,
        async read(offset, length) {
            cached ??= await readNew(0, HEAD_BYTES);
            if (offset >= 0 && offset + length <= cached.length)
                return cached.subarray(offset, offset + length);
            return readNew(offset, length);
        },
        readInto,
    };
}
function problem(rule, message) {
    return { problems: [{ rule, message }] };
}

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/media/filename.ts
var media_filename = __webpack_require__(5163);
// EXTERNAL MODULE: ./src/media/http.ts
var http = __webpack_require__(2862);
// EXTERNAL MODULE: ./src/media/url-policy.ts
var url_policy = __webpack_require__(2736);
;// CONCATENATED MODULE: ./src/media/url-check.ts







// Checks a URL medium without downloading it: HEAD for size and type; when a server refuses
// HEAD, a ranged GET of the first 64 KiB, which also lets the content itself be sniffed.
// What a server answers is judged, never repeated: a message names the kind of a wrong answer
// (a web page, JSON), not its bytes, so a check cannot be used to read a service.
const PROBE_BYTES = 64 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_REDIRECTS = 5;
/** Answers to HEAD that mean "ask with GET": presigned links (403), servers without HEAD (405, 501). */
const HEAD_REFUSED = new Set([403, 405, 501]);
function createUrlCheckRun(budgetMs = constants/* URL_CHECK_BUDGET_MS */.Mb) {
    // Keyed by kind too: the same bytes are judged as audio or as a picture.
    const done = new Map();
    let budget;
    return {
        check(kind, rawUrl, options) {
            const key = `${kind} ${rawUrl}`;
            let found = done.get(key);
            if (found === undefined) {
                // The budget runs from the first check (the timer does not keep the process alive).
                budget ??= AbortSignal.timeout(budgetMs);
                found = checkUrl(kind, rawUrl, options, { signal: budget, ms: budgetMs });
                done.set(key, found);
            }
            return found;
        },
    };
}
async function checkUrl(kind, rawUrl, options, budget) {
    const label = `the ${kind} URL ${(0,url_policy.redactUrl)(rawUrl)}`;
    let original;
    try {
        original = new URL(rawUrl);
    }
    catch {
        return fail("url-invalid", `the ${kind} URL \`${rawUrl}\` is not a valid URL`);
    }
    // A release asset of the run's own repository, on the workflow's own GitHub server, is asked
    // of the GitHub API (trusted, as the workflow names it): the URL itself is not requested.
    const asset = await options.findReleaseAsset?.(rawUrl);
    if (asset !== undefined)
        return checkReleaseAsset(kind, rawUrl, asset, label);
    const policy = options.urlPolicy ?? url_policy.PUBLIC_ONLY;
    const refused = (0,url_policy.urlProblem)(original, label, policy);
    if (refused !== undefined)
        return { problems: [refused] };
    if (budget?.signal.aborted)
        return notChecked(label, budget);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const session = await (0,http/* openHttpSession */.VR)({ connectMs: timeoutMs, headersMs: timeoutMs, bodyMs: timeoutMs }, policy);
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = AbortSignal.any([options.signal, deadline, budget?.signal].filter((s) => s !== undefined));
    let checked;
    try {
        checked = await probe({ kind, label, original, session, options, signal });
    }
    catch (error) {
        if (options.signal?.aborted)
            throw options.signal.reason;
        if (budget?.signal.aborted && !deadline.aborted)
            return notChecked(label, budget);
        return unreachable(label, error, deadline.aborted ? timeoutMs : undefined, policy);
    }
    finally {
        await session.close();
    }
    return withRangedLength(checked, label, options, budget);
}
function unreachable(label, error, timedOutAfterMs, policy) {
    if (timedOutAfterMs !== undefined) {
        return fail("url-unreachable", `${label} could not be reached: it did not answer within ${(0,formats/* seconds */.YA)(timedOutAfterMs)}`);
    }
    const refusal = (0,url_policy.findAddressRefusal)(error);
    if (refusal !== undefined)
        return { problems: [(0,url_policy.refusedConnectionProblem)(label, refusal)] };
    // Without private addresses, a name that does not resolve gets the same answer as one that
    // resolves to a private address: which internal names exist is not for a pull request to learn.
    if (!policy.allowPrivateAddresses && (0,http/* isNameResolutionError */.kA)(error)) {
        return { problems: [(0,url_policy.refusedConnectionProblem)(label, { reason: "private" })] };
    }
    return fail("url-unreachable", `${label} could not be reached: ${(0,http/* describeNetworkError */.gl)(error)}`);
}
function notChecked(label, budget) {
    return fail("url-not-checked", `${label} was not checked: the ${(0,formats/* duration */.p0)(budget.ms)} this run has for checking URLs ran out (hosts that answer slowly or not at all); fix or remove the URLs that time out, or split the change into smaller pull requests, and run again`);
}
async function probe(p) {
    const extra = (url) => p.options.fetchHeaders?.(url) ?? {};
    const follow = {
        signal: p.signal,
        maxRedirects: p.options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
        label: p.label,
    };
    const head = await (0,http/* requestFollowingRedirects */.g4)(p.session, p.original, {
        ...follow,
        method: "HEAD",
        headersFor: extra,
    });
    if (!head.ok || !HEAD_REFUSED.has(head.response.statusCode))
        return fromHead(p, head);
    await (0,http/* discardBody */.LL)(head.response);
    const get = await (0,http/* requestFollowingRedirects */.g4)(p.session, head.url, {
        ...follow,
        method: "GET",
        headersFor: (url) => ({ ...extra(url), range: `bytes=0-${PROBE_BYTES - 1}` }),
    }, head.redirects);
    return fromRangedGet(p, get);
}
async function fromHead(p, followed) {
    if (!followed.ok)
        return { problems: [followed.problem] };
    const { response, url } = followed;
    await (0,http/* discardBody */.LL)(response);
    const statusProblem = badStatus(p.label, response.statusCode);
    if (statusProblem !== undefined)
        return { problems: [statusProblem] };
    const mime = (0,formats/* bareMime */.bD)((0,http/* headerValue */.Z)(response.headers, "content-type") ?? "");
    if (isWrongMime(p.kind, mime)) {
        return fail("url-unknown-type", `${p.label} is served as ${describeMime(p.kind, mime)}, not as ${p.kind === "audio" ? "audio" : "a picture"}: link to the file itself`);
    }
    const type = (0,formats/* typeFromMime */.LF)(p.kind, mime) ?? (0,formats/* typeFromName */.q3)(p.kind, url.pathname);
    const size = (0,http/* integerHeader */.cf)(response.headers, "content-length");
    return finish(p, {
        url,
        response,
        size,
        type,
        acceptsRanges: (0,http/* acceptsByteRanges */.CT)(response.headers),
    });
}
async function fromRangedGet(p, followed) {
    if (!followed.ok)
        return { problems: [followed.problem] };
    const { response, url } = followed;
    const range = (0,http/* parseContentRange */.C5)((0,http/* headerValue */.Z)(response.headers, "content-range"));
    if (response.statusCode === 416 && range?.total === 0) {
        await (0,http/* discardBody */.LL)(response);
        return finish(p, { url, response, size: 0, type: undefined, acceptsRanges: true });
    }
    const statusProblem = badStatus(p.label, response.statusCode);
    if (statusProblem !== undefined) {
        await (0,http/* discardBody */.LL)(response);
        return { problems: [statusProblem] };
    }
    const head = await readPrefix(response, PROBE_BYTES);
    const partial = response.statusCode === 206;
    const size = partial ? range?.total : (0,http/* integerHeader */.cf)(response.headers, "content-length");
    const acceptsRanges = partial || (0,http/* acceptsByteRanges */.CT)(response.headers);
    if (head.length === 0)
        return finish(p, { url, response, size: size ?? 0, type: undefined, acceptsRanges });
    const { content, blocks } = await sniffContent(p, url, head, partial ? size : undefined);
    if (content.type === undefined)
        return notOfKind(p.kind, p.label, content.evidence);
    const found = finish(p, { url, response, size, type: content.type, acceptsRanges });
    return blocks === undefined ? found : { ...found, blocks };
}
/**
 * What the first bytes are; for audio at a URL that takes ranges, read past a big ID3v2 tag,
 * with the blocks read for it.
 */
async function sniffContent(p, url, head, rangedSize) {
    // Only a file longer than its head can have more past a tag to read.
    if (p.kind === "audio" && rangedSize !== undefined && rangedSize > head.length) {
        const { sniffUrlAudio } = await __webpack_require__.e(/* import() */ 695).then(__webpack_require__.bind(__webpack_require__, 1695));
        return sniffUrlAudio(p.label, url.href, rangedSize, head, p.options, p.signal);
    }
    return { content: (0,sniff/* contentOf */.$E)(p.kind === "audio" ? (0,sniff/* sniffAudio */.BH)(head) : (0,sniff/* sniffPicture */.nK)(head), head) };
}
/** A server's bytes that are not of the kind asked for: named by kind, never quoted. */
function notOfKind(kind, label, evidence) {
    const problem = (0,media_problems/* unknownTypeProblem */.QH)(kind, label, evidence, { quoteBytes: false });
    return { problems: [{ ...problem, rule: "url-unknown-type" }] };
}
function finish(p, found) {
    const problems = sizeProblems(p.kind, p.label, found.size);
    if (problems.length > 0)
        return { problems };
    const media = {
        kind: "url",
        url: found.url.href,
        originalUrl: p.original.href,
        filename: (0,media_filename/* urlFilename */.NF)(p.kind, [found.url, p.original], found.response, found.type),
        acceptsRanges: found.acceptsRanges,
        ...(found.size === undefined ? {} : { size: found.size }),
        ...(found.type ?? {}),
    };
    return { media, problems };
}
function sizeProblems(kind, label, size) {
    const limit = (0,formats/* sizeLimit */.Le)(kind);
    if (size === 0)
        return [{ rule: "url-empty", message: `${label} gives an empty file (0 bytes)` }];
    if (size !== undefined && size > limit)
        return [(0,media_problems/* tooLargeProblem */.zc)("url-too-large", label, size, limit)];
    return [];
}
function badStatus(label, status) {
    if (status >= 200 && status < 300)
        return undefined;
    return { rule: "url-status", message: `${label} answered ${(0,http/* describeStatus */.Wn)(status)}` };
}
/**
 * A Content-Type that says the URL is not the medium: a web page (a share link rather than a
 * download link), JSON or XML (an API or error answer), or the other kind of medium.
 * Generic types (application/octet-stream) say nothing and are let through.
 */
function isWrongMime(kind, mime) {
    const top = mime.split("/")[0] ?? "";
    if (top === "text" ||
        ["application/json", "application/xml", "application/xhtml+xml"].includes(mime)) {
        return true;
    }
    if (kind === "audio")
        return top === "image";
    return (top === "audio" ||
        top === "video" ||
        (top === "image" && (0,formats/* typeFromMime */.LF)(kind, mime) === undefined));
}
/** What a Content-Type says the answer is, in words; the header itself is never repeated. */
function describeMime(kind, mime) {
    const top = mime.split("/")[0] ?? "";
    if (kind === "picture" && top === "image")
        return "a type of picture Mixcloud does not take";
    if (mime === "text/html" || mime === "application/xhtml+xml")
        return "a web page";
    if (mime === "application/json")
        return "JSON";
    if (mime.endsWith("/xml"))
        return "XML";
    const names = {
        text: "text",
        image: "a picture",
        audio: "audio",
        video: "a video",
    };
    return names[top] ?? "something else";
}
/** Reads at most `max` bytes of a body, then drops the connection rather than read on. */
async function readPrefix(response, max) {
    const chunks = [];
    let got = 0;
    for await (const chunk of response.body) {
        chunks.push(chunk);
        got += chunk.length;
        if (got >= max)
            break;
    }
    response.body.destroy();
    return Buffer.concat(chunks).subarray(0, max);
}
/**
 * A release asset of the run's repository is judged by what the API says of it (its link may
 * need the job's token, as in a private repository): size by the API, type by name or MIME type.
 */
function checkReleaseAsset(kind, url, asset, label) {
    const limit = (0,formats/* sizeLimit */.Le)(kind);
    if (asset.size > limit)
        return { problems: [(0,media_problems/* tooLargeProblem */.zc)("url-too-large", label, asset.size, limit)] };
    if (asset.size === 0)
        return fail("url-empty", `${label} is an empty release asset: upload the file again`);
    const type = (0,formats/* typeFromName */.q3)(kind, asset.name) ?? (0,formats/* typeFromMime */.LF)(kind, asset.contentType);
    if (type === undefined) {
        return fail("url-unknown-type", `${label} is a release asset named \`${asset.name}\` (${asset.contentType}), not ${kind === "audio" ? "audio" : "a picture"} by its name or type`);
    }
    return {
        media: {
            kind: "url",
            url,
            originalUrl: url,
            filename: asset.name,
            size: asset.size,
            ...type,
            acceptsRanges: false,
        },
        problems: [],
        // Its bytes are not read before the upload: the length rules are skipped, and said to be.
        warnings: kind === "audio"
            ? (0,media_problems/* audioWarnings */.Q9)(label, {
                lengthUnknown: `it is a release asset, checked by what the GitHub API says of it, and ${NOT_READ}`,
            })
            : [],
    };
}
function fail(rule, message) {
    return { problems: [{ rule, message }] };
}
/**
 * The length of URL audio from ranged reads, as for a file in Git LFS, so the length rules
 * (`start-after-audio`, `show-too-short`) hold for it too; what the readers find (a defect read
 * past, a length they cannot read) becomes the check's warnings, as for a file. A server that
 * does not answer Range requests (or does not tell the size) is not read whole for it: the
 * length-unknown warning says the rules were skipped. Loaded only for URL audio.
 */
async function withRangedLength(probed, label, options, budget) {
    const { blocks, ...checked } = probed;
    const media = checked.media;
    if (media === undefined || media.type === undefined || !AUDIO_TYPES.has(media.type))
        return checked;
    const { content, ...facts } = await readRanged(label, media, { ...options, blocks }, budget);
    // The content decides, not the Content-Type or the name (as for a file).
    if (content !== undefined && content.type === undefined)
        return notOfKind("audio", label, content.evidence);
    if (facts.truncated !== undefined) {
        return fail("url-truncated", `${label} looks cut short: ${facts.truncated}; upload the file again`);
    }
    const durationSeconds = facts.durationSeconds;
    const typed = content?.type === undefined ? media : retyped(media, content.type);
    return {
        ...checked,
        media: durationSeconds === undefined ? typed : { ...typed, durationSeconds },
        warnings: (0,media_problems/* audioWarnings */.Q9)(label, facts),
    };
}
/** The content's type wins over the Content-Type's or the name's (as for a file). */
function retyped(media, type) {
    const filename = media.type === undefined
        ? media.filename
        : (0,media_filename/* retypedFilename */.r$)(media.filename, media.type, type.type);
    return { ...media, ...type, filename };
}
/** Why the length of URL audio is not read in full when ranges cannot tell it. */
const NOT_READ = "audio at a URL is downloaded only for its upload";
async function readRanged(label, media, options, budget) {
    const unranged = !media.acceptsRanges
        ? "its server does not say it answers Range requests"
        : media.size === undefined
            ? "its server does not tell its size"
            : undefined;
    if (unranged !== undefined)
        return { lengthUnknown: `${unranged}, and ${NOT_READ}` };
    // The ranged reads count against the run's time for URLs too: a server that answers HEAD at
    // once and then holds every GET open must not get 30 s per URL beyond it.
    const spent = `the ${(0,formats/* duration */.p0)(budget?.ms ?? 0)} this run has for checking URLs ran out`;
    if (budget?.signal.aborted)
        return { lengthUnknown: spent };
    const { readUrlAudio } = await __webpack_require__.e(/* import() */ 695).then(__webpack_require__.bind(__webpack_require__, 1695));
    return readUrlAudio(label, media, {
        ...options,
        notReadWhole: NOT_READ,
        ...(budget === undefined ? {} : { budget: { signal: budget.signal, spent } }),
    });
}
const AUDIO_TYPES = new Set(["mp3", "m4a", "aac", "flac", "ogg", "opus", "wav", "aiff"]);

;// CONCATENATED MODULE: ./src/media/check.ts






/**
 * Checks that a valid cloudcast's audio (given, or the default beside the file) and picture
 * can be had, without uploading or downloading them. Each problem becomes a diagnostic on the
 * `audio:`/`picture:` value, or at the start of the file when the key is absent.
 * A file that did not parse has nothing to check and gives an empty result.
 */
async function checkMedia(parsed, options) {
    const cloudcast = parsed.cloudcast;
    if (cloudcast === undefined)
        return { diagnostics: [], warnings: [] };
    const workspaceRoot = await (0,promises_.realpath)(options.workspace);
    const file = workspaceRelative(parsed.file, options.workspace);
    const [audio, picture] = await Promise.all([
        cloudcast.audio === undefined
            ? checkDefaultAudio(file, workspaceRoot, cloudcast.key !== undefined, options)
            : checkRef("audio", cloudcast.audio, workspaceRoot, options),
        cloudcast.picture === undefined
            ? undefined
            : checkRef("picture", cloudcast.picture, workspaceRoot, options),
    ]);
    const diagnostics = [
        ...toDiagnostics("audio", audio.problems, parsed.file, parsed.spans.audio),
        ...toDiagnostics("picture", picture?.problems ?? [], parsed.file, parsed.spans.picture),
    ];
    const warnings = [
        ...toDiagnostics("audio", audio.warnings ?? [], parsed.file, parsed.spans.audio, diagnostic/* warningAt */.MK),
        ...toDiagnostics("picture", picture?.warnings ?? [], parsed.file, parsed.spans.picture, diagnostic/* warningAt */.MK),
    ];
    return {
        ...(audio.media === undefined ? {} : { audio: audio.media }),
        ...(picture?.media === undefined ? {} : { picture: picture.media }),
        diagnostics,
        warnings,
    };
}
async function checkRef(kind, ref, workspaceRoot, options) {
    return ref.kind === "path"
        ? checkLocalFile(kind, ref.path, workspaceRoot, options)
        : (options.urlChecks?.check ?? checkUrl)(kind, ref.url, options);
}
/**
 * A file with a `key` describes an upload that is already on Mixcloud, and an existing upload's
 * audio is never sent again: for it the default audio is optional (as for an imported file).
 */
async function checkDefaultAudio(file, workspaceRoot, optional, options) {
    const found = await findDefaultAudio(file, workspaceRoot);
    if (!found.ok)
        return { problems: optional && found.problem.rule === "missing" ? [] : [found.problem] };
    return checkLocalFile("audio", found.relPath, workspaceRoot, options);
}
function toDiagnostics(kind, problems, file, span, at = diagnostic/* diagnosticAt */.R5) {
    return problems.map((p) => at(file, span ?? diagnostic/* FILE_START */.WS, `${kind}-${p.rule}`, p.message));
}
/** The cloudcast's path relative to the workspace, `/`-separated, whatever form it was given in. */
function workspaceRelative(file, workspace) {
    const relativePath = (0,external_node_path_.isAbsolute)(file) ? (0,external_node_path_.relative)(workspace, file) : file;
    return external_node_path_.posix.normalize(relativePath.split(external_node_path_.sep).join("/"));
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/media/download.ts












/** A download that failed; `retryable` says whether another try could succeed. */
class MediaDownloadError extends Error {
    retryable;
    constructor(message, retryable) {
        super(message);
        this.retryable = retryable;
        this.name = "MediaDownloadError";
    }
}
const DEFAULT_STALL_MS = 30_000;
const DEFAULT_ATTEMPTS = 3;
const MAX_REDIRECTS = 5;
async function downloadToTemp(media, options) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempDir, "mixcloud-media-"));
    const cleanup = () => (0,promises_.rm)(dir, { recursive: true, force: true });
    const path = (0,external_node_path_.join)(dir, (0,media_filename/* safeFilename */.bj)(media.filename) || options.kind);
    try {
        const { size, type } = await downloadInto(path, media, options);
        return { path, size, ...type, cleanup };
    }
    catch (error) {
        await cleanup();
        throw options.signal?.aborted ? (options.signal.reason ?? error) : error;
    }
}
async function downloadInto(path, media, options) {
    const stallMs = options.stallMs ?? DEFAULT_STALL_MS;
    const session = await (0,http/* openHttpSession */.VR)({ connectMs: stallMs, headersMs: stallMs, bodyMs: stallMs }, options.urlPolicy ?? url_policy.PUBLIC_ONLY);
    const file = await (0,promises_.open)(path, "w+");
    const label = `the ${options.kind} URL ${(0,url_policy.redactUrl)(media.url)}`;
    const job = {
        media,
        options,
        label,
        session,
        file,
        progress: { written: 0, resumable: false },
    };
    try {
        await withAttempts(job);
        return { size: job.progress.written, type: await sniffDownloaded(job) };
    }
    finally {
        await file.close();
        await session.close();
    }
}
async function withAttempts(job) {
    const attempts = Math.max(1, job.options.attempts ?? DEFAULT_ATTEMPTS);
    for (let attempt = 1;; attempt++) {
        job.options.signal?.throwIfAborted();
        try {
            await attemptOnce(job);
            return;
        }
        catch (error) {
            job.options.signal?.throwIfAborted();
            const failure = asDownloadError(error, job);
            if (!failure.retryable || attempt >= attempts)
                throw failure;
            await (0,external_node_timers_promises_.setTimeout)((0,http/* backoffMs */.jo)(attempt), undefined, { signal: job.options.signal });
        }
    }
}
/** One request: from the start, or from where the last attempt stopped when that is safe. */
async function attemptOnce(job) {
    const stallMs = job.options.stallMs ?? DEFAULT_STALL_MS;
    const stalled = new AbortController();
    const watchdog = setTimeout(() => stalled.abort(), stallMs);
    const signal = job.options.signal
        ? AbortSignal.any([job.options.signal, stalled.signal])
        : stalled.signal;
    try {
        const response = await requestBody(job, signal);
        if (response === "complete")
            return;
        await streamBody(job, response, watchdog);
    }
    catch (error) {
        if (stalled.signal.aborted && !job.options.signal?.aborted) {
            throw new MediaDownloadError(`${job.label} stalled: no data for ${(0,formats/* seconds */.YA)(stallMs)}`, true);
        }
        throw error;
    }
    finally {
        clearTimeout(watchdog);
    }
}
async function requestBody(job, signal) {
    const { progress } = job;
    const resumeFrom = progress.resumable ? progress.written : 0;
    const origin = new URL(job.media.url).origin;
    const headersFor = (url) => ({
        ...(url.origin === origin ? job.options.headers : {}),
        ...(resumeFrom > 0 ? { range: `bytes=${resumeFrom}-` } : {}),
    });
    const followed = await (0,http/* requestFollowingRedirects */.g4)(job.session, new URL(job.media.url), {
        method: "GET",
        headersFor,
        signal,
        maxRedirects: MAX_REDIRECTS,
        label: job.label,
    });
    if (!followed.ok)
        throw new MediaDownloadError(followed.problem.message, false);
    const { response } = followed;
    if (resumeFrom > 0 && response.statusCode === 206)
        return resumed(job, response, resumeFrom);
    if (resumeFrom > 0 && response.statusCode === 416 && progress.written === progress.total) {
        await (0,http/* discardBody */.LL)(response);
        return "complete";
    }
    if (response.statusCode === 200 || response.statusCode === 206)
        return fromStart(job, response);
    await (0,http/* discardBody */.LL)(response);
    const retryable = response.statusCode === 429 || response.statusCode >= 500;
    throw new MediaDownloadError(`${job.label} answered ${(0,http/* describeStatus */.Wn)(response.statusCode)}`, retryable);
}
/** A 206 to `Range: bytes=N-` is spliced on only when it starts at N and agrees on the total. */
async function resumed(job, response, resumeFrom) {
    const range = (0,http/* parseContentRange */.C5)((0,http/* headerValue */.Z)(response.headers, "content-range"));
    if (range?.start === resumeFrom && range.total === job.progress.total)
        return response;
    await (0,http/* discardBody */.LL)(response);
    job.progress.resumable = false;
    throw new MediaDownloadError(`${job.label} answered a resumed download with a different range`, true);
}
/** A full answer (the server ignored or was not asked for a range): start the file over. */
async function fromStart(job, response) {
    const { progress, options } = job;
    const range = (0,http/* parseContentRange */.C5)((0,http/* headerValue */.Z)(response.headers, "content-range"));
    if (response.statusCode === 206 && range?.start !== 0) {
        await (0,http/* discardBody */.LL)(response);
        throw new MediaDownloadError(`${job.label} answered with part of the file it was not asked for`, true);
    }
    await job.file.truncate(0);
    progress.written = 0;
    progress.total =
        response.statusCode === 206 ? range?.total : (0,http/* integerHeader */.cf)(response.headers, "content-length");
    progress.resumable =
        progress.total !== undefined &&
            ((0,http/* acceptsByteRanges */.CT)(response.headers) || job.media.acceptsRanges);
    if (progress.total !== undefined && progress.total > options.maxBytes) {
        await (0,http/* discardBody */.LL)(response);
        throw tooLarge(job, `it announces ${(0,formats/* formatBytes */.z3)(progress.total)}`);
    }
    return response;
}
async function streamBody(job, response, watchdog) {
    const { progress, options } = job;
    for await (const chunk of response.body) {
        watchdog.refresh();
        const after = progress.written + chunk.length;
        if (after > options.maxBytes)
            throw tooLarge(job, "it kept sending past the limit");
        if (progress.total !== undefined && after > progress.total) {
            throw new MediaDownloadError(`${job.label} sent more than the ${(0,formats/* formatBytes */.z3)(progress.total)} it announced`, false);
        }
        await job.file.write(chunk, 0, chunk.length, progress.written);
        progress.written = after;
        options.onProgress?.(progress.written, progress.total);
    }
    if (progress.total !== undefined && progress.written < progress.total) {
        // Exact bytes when rounding would show "1.0 GiB of 1.0 GiB".
        const [got, total] = (0,formats/* formatBytePair */.ao)(progress.written, progress.total);
        throw new MediaDownloadError(`${job.label}: the connection ended after ${got} of ${total}`, true);
    }
}
/**
 * What the downloaded file is, by its content as a repository file is judged: past a leading
 * ID3v2 tag that outgrows the head (cover art), so a FLAC behind a big tag is not sent as MP3
 * and a WavPack behind one is named rather than uploaded.
 */
async function sniffDownloaded(job) {
    const { written } = job.progress;
    if (written === 0)
        throw new MediaDownloadError(`${job.label} gave an empty file (0 bytes)`, false);
    const source = fileSource(job.file, written);
    const head = await source.read(0, HEAD_BYTES);
    const content = await (0,sniff/* sniffSource */.Qo)(job.options.kind, head, source);
    if (content.type !== undefined)
        return content.type;
    throw new MediaDownloadError((0,media_problems/* notOfKindMessage */.oN)(job.options.kind, job.label, content.evidence, { quoteBytes: false }), false);
}
function tooLarge(job, detail) {
    const limit = (0,formats/* formatBytes */.z3)(job.options.maxBytes);
    return new MediaDownloadError(`${job.label} is larger than the ${limit} allowed for ${job.options.kind} (${detail})`, false);
}
/** Local disk problems end the download; anything else on the way is the network, worth another try. */
function asDownloadError(error, job) {
    if (error instanceof MediaDownloadError)
        return error;
    const refusal = (0,url_policy.findAddressRefusal)(error);
    if (refusal !== undefined)
        return new MediaDownloadError((0,url_policy.refusedConnectionProblem)(job.label, refusal).message, false);
    const code = (0,workspace_path/* errorCode */.CA)(error);
    if (code !== undefined &&
        ["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "EISDIR"].includes(code)) {
        const why = (0,errors/* errorMessage */.g)(error);
        return new MediaDownloadError(`${job.label}: could not write the download to disk: ${why}`, false);
    }
    const got = (0,formats/* formatBytes */.z3)(job.progress.written);
    return new MediaDownloadError(`${job.label}: the download failed after ${got}: ${(0,http/* describeNetworkError */.gl)(error)}`, true);
}

;// CONCATENATED MODULE: ./src/media/index.ts
// Audio and picture sources of a cloudcast: repo files and URLs, checked before anything is
// published (SPEC §4 "Validate everything first"), and URL media fetched for the upload.








/***/ }),

/***/ 7490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ inspectAudio)
});

// EXTERNAL MODULE: ./src/media/mpeg.ts
var mpeg = __webpack_require__(8359);
// EXTERNAL MODULE: ./src/media/duration/facts.ts
var duration_facts = __webpack_require__(3578);
// EXTERNAL MODULE: ./src/media/duration/frame-scan.ts
var frame_scan = __webpack_require__(6636);
// EXTERNAL MODULE: ./src/media/duration/first-frame.ts
var first_frame = __webpack_require__(6175);
;// CONCATENATED MODULE: ./src/media/duration/adts.ts




// Raw AAC (ADTS): a bare run of frames with no header for the whole stream, so the frames are
// counted. Encoder priming (1024 samples) and padding are in the count, as a decoder without
// an MP4 edit list plays them: up to 0.05 s at 44.1 kHz.
async function inspectAdts(source) {
    const audioStart = await (0,duration_facts/* skipId3v2 */.oH)(source);
    const cut = (0,duration_facts/* id3Truncation */.eR)(audioStart, source.size);
    if (cut !== undefined)
        return cut;
    const first = await (0,first_frame/* findFirstFrame */.LZ)(source, audioStart, adtsFrame, "AAC frame");
    if (!("at" in first))
        return first;
    const durationSeconds = await (0,frame_scan/* countFrames */.y)(source, first.at, adtsFrame);
    return { durationSeconds, ...(0,duration_facts/* oddityList */.YA)(first.oddity) };
}
function adtsFrame(b, at) {
    const header = (0,mpeg/* parseAdtsHeader */.fr)(b, at);
    if (header === undefined)
        return undefined;
    return {
        length: header.frameLength,
        samples: header.samples,
        sampleRate: header.sampleRate,
        stream: header.sampleRate * 64 + header.channels * 4 + header.profile,
    };
}

// EXTERNAL MODULE: ./src/media/bytes.ts
var media_bytes = __webpack_require__(9451);
;// CONCATENATED MODULE: ./src/media/duration/aiff.ts


// AIFF and AIFF-C: the COMM chunk gives sample frames and the sample rate (an 80-bit extended
// float); AIFF-C only appends the compression type after them.
async function inspectAiff(source) {
    let durationSeconds;
    let at = 12;
    for (let i = 0; i < duration_facts/* MAX_CHUNKS */.sJ; i++) {
        const header = await source.read(at, 8);
        const id = (0,media_bytes/* ascii */.a)(header, 0, 4);
        const size = (0,media_bytes/* u32be */.mO)(header, 4);
        if (size === undefined)
            break;
        if (id === "COMM")
            durationSeconds = commSeconds(await source.read(at + 8, 18));
        if (id === "SSND" && at + 8 + size > source.size) {
            const available = source.size - at - 8;
            return {
                durationSeconds,
                truncated: (0,duration_facts/* cutShort */.VV)("its AIFF header promises sound data of", size, available),
            };
        }
        at += 8 + size + (size % 2);
    }
    return { durationSeconds };
}
/** COMM: channels (2), sample frames (4), sample size (2), sample rate (80-bit extended float). */
function commSeconds(comm) {
    const frames = (0,media_bytes/* u32be */.mO)(comm, 2);
    const rate = extendedFloat(comm, 8);
    return frames !== undefined && rate !== undefined && rate > 0 ? frames / rate : undefined;
}
function extendedFloat(b, at) {
    const exponent = (0,media_bytes/* u16be */._L)(b, at);
    const mantissa = (0,media_bytes/* u64be */.fm)(b, at + 2);
    if (exponent === undefined || mantissa === undefined)
        return undefined;
    return mantissa * 2 ** ((exponent & 0x7fff) - 16383 - 63);
}

;// CONCATENATED MODULE: ./src/media/duration/crc.ts
// The checksums that tell a real FLAC frame or Ogg page from bytes that only look like one.
// All three are MSB-first with a zero initial value and no final XOR.
function table(bits, polynomial) {
    const topBit = 1 << (bits - 1);
    const mask = bits === 32 ? 0xffffffff : (1 << bits) - 1;
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let crc = n << (bits - 8);
        for (let k = 0; k < 8; k++)
            crc = (((crc << 1) ^ (crc & topBit ? polynomial : 0)) & mask) >>> 0;
        t[n] = crc;
    }
    return t;
}
const CRC8 = table(8, 0x07);
const CRC16 = table(16, 0x8005);
const CRC32 = table(32, 0x04c11db7);
/** FLAC frame header checksum (polynomial x^8 + x^2 + x + 1). */
function crc8(b, from, to) {
    let crc = 0;
    for (let i = from; i < to; i++)
        crc = CRC8[crc ^ (b[i] ?? 0)] ?? 0;
    return crc;
}
/** FLAC frame checksum (polynomial x^16 + x^15 + x^2 + 1). */
function crc16(b, from, to) {
    let crc = 0;
    for (let i = from; i < to; i++)
        crc = ((crc << 8) & 0xffff) ^ (CRC16[(crc >> 8) ^ (b[i] ?? 0)] ?? 0);
    return crc;
}
/** Multiplies a CRC-16 register by x^8 (one zero byte through the CRC). */
function timesX8(crc) {
    return ((crc << 8) & 0xffff) ^ (CRC16[crc >> 8] ?? 0);
}
/** Divides a CRC-16 register by x^8 modulo the polynomial (x is invertible: the polynomial is odd). */
function divideByX8(crc) {
    let v = crc;
    for (let k = 0; k < 8; k++)
        v = v & 1 ? (v ^ 0x18005) >>> 1 : v >>> 1;
    return v;
}
const DIVIDE_LOW = Uint16Array.from({ length: 256 }, (_, n) => divideByX8(n));
const DIVIDE_HIGH = Uint16Array.from({ length: 256 }, (_, n) => divideByX8(n << 8));
/**
 * The offsets `at`, in ascending order and among those `isCandidate` accepts, where `b[at..]`
 * is data followed by its own closing CRC-16 (a FLAC frame that ends where `b` ends): one pass
 * forward, however many candidates there are. The CRC is linear, crc(A‖B) = crc(A)·x^(8|B|) +
 * crc(B), and a message followed by its CRC checks to 0, so `b[at..]` checks out exactly when
 * the running CRC of `b[..at]` equals crc(b)·x^(−8(n−at)): that value is carried forward beside
 * the running CRC, so no candidate costs more than a comparison.
 */
function closedCrc16Suffixes(b, isCandidate) {
    const whole = crc16(b, 0, b.length);
    let target = whole;
    for (let i = 0; i < b.length; i++) {
        target = (DIVIDE_LOW[target & 0xff] ?? 0) ^ (DIVIDE_HIGH[target >> 8] ?? 0);
    }
    const found = [];
    let running = 0;
    for (let at = 0; at < b.length; at++) {
        if (running === target && isCandidate(at))
            found.push(at);
        running = ((running << 8) & 0xffff) ^ (CRC16[(running >> 8) ^ (b[at] ?? 0)] ?? 0);
        target = timesX8(target);
    }
    return found;
}
/** Ogg page checksum, over the page with its checksum field read as zero. */
function oggCrc(b, from, to, crcAt) {
    let crc = 0;
    for (let i = from; i < to; i++) {
        const byte = i >= crcAt && i < crcAt + 4 ? 0 : (b[i] ?? 0);
        crc = ((crc << 8) ^ (CRC32[((crc >>> 24) ^ byte) & 0xff] ?? 0)) >>> 0;
    }
    return crc;
}

;// CONCATENATED MODULE: ./src/media/duration/flac-frame.ts


// FLAC frame headers: enough to tell a real frame from bytes that look like one (its CRC-8)
// and to read which sample it starts at and how many it holds.
/** FLAC's frame sync: 14 ones, a reserved 0, and the blocking-strategy bit. */
function isFrameSync(b, at) {
    return b[at] === 0xff && ((b[at + 1] ?? 0) & 0xfe) === 0xf8;
}
function parseFrameHeader(b, at, nominalBlock) {
    const variable = ((b[at + 1] ?? 0) & 1) === 1;
    const sizeCode = (b[at + 2] ?? 0) >> 4;
    const rateCode = (b[at + 2] ?? 0) & 0x0f;
    const channels = (b[at + 3] ?? 0) >> 4;
    if (sizeCode === 0 || rateCode === 15 || channels > 10 || ((b[at + 3] ?? 0) & 1) === 1)
        return undefined;
    const coded = utf8Number(b, at + 4);
    if (coded === undefined)
        return undefined;
    let next = at + 4 + coded.length;
    let blockSize = BLOCK_SIZES[sizeCode] ?? 0;
    if (sizeCode === 6)
        blockSize = (b[next++] ?? 0) + 1;
    if (sizeCode === 7) {
        blockSize = ((0,media_bytes/* u16be */._L)(b, next) ?? 0) + 1;
        next += 2;
    }
    next += rateCode === 12 ? 1 : rateCode === 13 || rateCode === 14 ? 2 : 0;
    if (next >= b.length || crc8(b, at, next) !== b[next])
        return undefined;
    const firstSample = variable ? coded.value : coded.value * nominalBlock;
    return { firstSample, blockSize };
}
/** Block sizes by code: 1 → 192, 2–5 → 576 × 2^(n−2), 8–15 → 256 × 2^(n−8); 6 and 7 follow the header. */
const BLOCK_SIZES = {
    1: 192,
    2: 576,
    3: 1152,
    4: 2304,
    5: 4608,
    8: 256,
    9: 512,
    10: 1024,
    11: 2048,
    12: 4096,
    13: 8192,
    14: 16384,
    15: 32768,
};
/** FLAC's "UTF-8" coded frame or sample number: up to 7 bytes, 36 bits. */
function utf8Number(b, at) {
    const first = b[at];
    if (first === undefined)
        return undefined;
    if (first < 0x80)
        return { value: first, length: 1 };
    let length = 0;
    while (length < 8 && first & (0x80 >> length))
        length++;
    if (length < 2 || length > 7)
        return undefined;
    let value = first & (0x7f >> length);
    for (let k = 1; k < length; k++) {
        const byte = b[at + k];
        if (byte === undefined || (byte & 0xc0) !== 0x80)
            return undefined;
        value = value * 64 + (byte & 0x3f);
    }
    return { value, length };
}

// EXTERNAL MODULE: ./src/media/formats.ts
var formats = __webpack_require__(5728);
;// CONCATENATED MODULE: ./src/media/duration/flac-metadata.ts




const STREAMINFO = 0;
const VORBIS_COMMENT = 4;
const PICTURE = 6;
const BLOCK_NAMES = [
    "STREAMINFO",
    "PADDING",
    "APPLICATION",
    "SEEKTABLE",
    "VORBIS_COMMENT",
    "CUESHEET",
    "PICTURE",
];
/** A block's size field has 24 bits: nothing after a block header lies further than this. */
const MAX_BLOCK = 2 ** 24 + 4;
/** The metadata blocks from `from` (just after `fLaC`) to the first frame. */
async function walkMetadata(source, from) {
    const found = { audioStart: from, oddities: [] };
    let repairTried = false;
    let at = from;
    for (let i = 0; i < duration_facts/* MAX_CHUNKS */.sJ * 2; i++) {
        const block = readBlockHeader(await source.read(at, 4), at);
        if (block === undefined)
            return { ...found, audioStart: at, cutInHeader: true };
        await readBlock(source, block, found);
        const next = at + 4 + block.length;
        // Set right once at most: each try may read a block's reach (16 MiB).
        if (!repairTried && !(await leadsOn(source, next, block.last))) {
            repairTried = true;
            const repair = await repairBlock(source, block, next);
            if (repair !== undefined) {
                found.oddities.push(repair.oddity);
                if (repair.frame !== undefined)
                    return { ...found, audioStart: repair.frame };
                at = repair.end;
                if (block.last)
                    break;
                continue;
            }
        }
        // As the header says: a file cut short shows as metadata that runs past its end.
        at = next;
        if (block.last)
            break;
    }
    return { ...found, audioStart: at };
}
/**
 * Where a block whose size leads nowhere really ends: from its own structure where that tells
 * it and leads on; else the first frame after it, where the audio then starts.
 */
async function repairBlock(source, block, next) {
    const real = await structuralEnd(source, block);
    if (real !== undefined && real !== next && (await leadsOn(source, real, block.last))) {
        return { oddity: wrongSize(block, real - block.at - 4), end: real };
    }
    const frame = await firstFrameAfter(source, block.at + 4);
    if (frame === undefined)
        return undefined;
    return { oddity: noFollowingBlock(block, frame), end: frame, frame };
}
function readBlockHeader(b, at) {
    const length = (0,media_bytes/* u24be */.x3)(b, 1);
    if (length === undefined)
        return undefined;
    const flags = b[0] ?? 0;
    return { at, type: flags & 0x7f, length, last: (flags & 0x80) !== 0 };
}
/** STREAMINFO: the first is kept, as the format says; a later one is named. */
async function readBlock(source, block, found) {
    if (block.type !== STREAMINFO)
        return;
    if (found.info === undefined) {
        found.info = parseStreamInfo(await source.read(block.at + 4, 18));
        return;
    }
    found.oddities.push({
        rule: "flac-metadata",
        what: `has a second FLAC STREAMINFO block (at byte ${block.at}); the first is used, as the ` +
            "format says, but ffmpeg and libFLAC refuse such a file, and Mixcloud may too: " +
            "export or encode it again",
    });
}
/** STREAMINFO: block sizes (2+2), frame sizes (3+3), then 20 bits of rate, 3 + 5 bits, 36 bits of samples. */
function parseStreamInfo(b) {
    if (b.length < 18)
        return undefined;
    const sampleRate = ((b[10] ?? 0) << 12) | ((b[11] ?? 0) << 4) | ((b[12] ?? 0) >> 4);
    const totalSamples = ((b[13] ?? 0) & 0x0f) * 2 ** 32 + ((0,media_bytes/* u32be */.mO)(b, 14) ?? 0);
    return {
        sampleRate,
        totalSamples,
        maxBlockSize: (0,media_bytes/* u16be */._L)(b, 2) ?? 0,
        maxFrameSize: (0,media_bytes/* u24be */.x3)(b, 7) ?? 0,
    };
}
/**
 * What comes at `next` is what should: after the last block a frame, else another block
 * header of a known type whose block fits in the file. The end of the file also counts (a
 * file of metadata only is said so by the caller); past the end does not.
 */
async function leadsOn(source, next, last) {
    if (next === source.size)
        return true;
    if (next > source.size)
        return false;
    const b = await source.read(next, 4);
    if (last)
        return isFrameSync(b, 0);
    const block = readBlockHeader(b, next);
    if (block === undefined || block.type > PICTURE)
        return false;
    // STREAMINFO has one size; a run of zero bytes would otherwise read as empty ones.
    if (block.type === STREAMINFO && block.length !== 34)
        return false;
    return next + 4 + block.length <= source.size;
}
/** Where a VORBIS_COMMENT or PICTURE really ends, from the lengths inside it. */
async function structuralEnd(source, block) {
    if (block.type !== VORBIS_COMMENT && block.type !== PICTURE)
        return undefined;
    const body = await source.read(block.at + 4, MAX_BLOCK);
    const length = block.type === VORBIS_COMMENT ? vorbisCommentLength(body) : pictureLength(body);
    return length === undefined ? undefined : block.at + 4 + length;
}
/** Vendor string, then a count of comments: each a 32-bit little-endian length and the text. */
function vorbisCommentLength(b) {
    const vendor = (0,media_bytes/* u32le */.mr)(b, 0);
    if (vendor === undefined)
        return undefined;
    let at = 4 + vendor;
    const count = (0,media_bytes/* u32le */.mr)(b, at);
    if (count === undefined)
        return undefined;
    at += 4;
    for (let i = 0; i < count; i++) {
        const length = (0,media_bytes/* u32le */.mr)(b, at);
        if (length === undefined)
            return undefined;
        at += 4 + length;
    }
    return at <= b.length ? at : undefined;
}
/** Picture type, MIME type, description, four 32-bit sizes, then the picture data: big-endian. */
function pictureLength(b) {
    const mime = (0,media_bytes/* u32be */.mO)(b, 4);
    if (mime === undefined)
        return undefined;
    const description = (0,media_bytes/* u32be */.mO)(b, 8 + mime);
    if (description === undefined)
        return undefined;
    const dataAt = 8 + mime + 4 + description + 16;
    const data = (0,media_bytes/* u32be */.mO)(b, dataAt);
    if (data === undefined)
        return undefined;
    const end = dataAt + 4 + data;
    return end <= b.length ? end : undefined;
}
/**
 * The first frame after `from`: a frame header whose CRC-8 holds and which numbers itself the
 * first (frame or sample 0). Looked for within the reach of one block, trying only 0xFF bytes.
 */
async function firstFrameAfter(source, from) {
    const b = await source.read(from, MAX_BLOCK + 16);
    for (let at = b.indexOf(0xff); at >= 0; at = b.indexOf(0xff, at + 1)) {
        if (isFrameSync(b, at) && parseFrameHeader(b, at, 1)?.firstSample === 0)
            return from + at;
    }
    return undefined;
}
function blockName(type) {
    return BLOCK_NAMES[type] ?? `type ${type}`;
}
function wrongSize(block, real) {
    const [stated, held] = (0,formats/* formatBytePair */.ao)(block.length, real);
    return {
        rule: "flac-metadata",
        what: `has a FLAC ${blockName(block.type)} block (at byte ${block.at}) whose size field says ` +
            `${stated} but which holds ${held}; its real end was found from its contents, as ` +
            "mutagen finds it (a player that trusts the size may skip the first frame)",
    };
}
function noFollowingBlock(block, frame) {
    return {
        rule: "flac-metadata",
        what: `has a FLAC ${blockName(block.type)} block (at byte ${block.at}) whose size field leads ` +
            `to neither a block nor a frame; its first audio frame was found at byte ${frame}, and ` +
            "the audio read from there",
    };
}

;// CONCATENATED MODULE: ./src/media/duration/flac.ts






// FLAC: STREAMINFO's total samples / sample rate. An encoder writing to a pipe cannot go back
// to fill in the total and leaves 0 ("unknown"); the length is then where the last frame ends:
// its header numbers its first sample (or its frame, in a fixed-block stream), and its block
// size is the rest. Only the file's tail is read, and the frame is trusted only when both its
// header checksum and its whole-frame checksum match. The whole-frame checksums of every
// candidate in the tail are tested in one pass (crc.ts), so a tail of look-alike headers costs
// what a real one does.
async function inspectFlac(source) {
    const tagEnd = await (0,duration_facts/* skipId3v2 */.oH)(source);
    const start = await findFlacMarker(source, tagEnd);
    if (start === undefined)
        return {};
    const metadata = await walkMetadata(source, start + 4);
    if (metadata.cutInHeader === true)
        return { truncated: "its FLAC metadata stops in mid-block" };
    const { info, audioStart } = metadata;
    const durationSeconds = info === undefined ? undefined : await streamSeconds(source, audioStart, info);
    const tagged = start === tagEnd ? (start > 0 ? ID3_BEFORE_FLAC : undefined) : tagSizeOff(tagEnd, start);
    const facts = { durationSeconds, ...(0,duration_facts/* oddityList */.YA)(tagged, ...metadata.oddities) };
    if (audioStart > source.size) {
        return {
            ...facts,
            truncated: (0,duration_facts/* cutShort */.VV)("its FLAC metadata alone claims", audioStart, source.size),
        };
    }
    if (audioStart === source.size)
        return { ...facts, truncated: "it holds FLAC metadata but no audio" };
    return facts;
}
const ID3_BEFORE_FLAC = {
    rule: "id3-before-flac",
    what: "has an ID3v2 tag in front of its FLAC stream, which the FLAC format does not have " +
        "(its tags go in VORBIS_COMMENT); players skip it, and so did this check",
};
/**
 * Where `fLaC` is: where the ID3v2 tags end, or, behind a tag whose size field is a few bytes
 * off, the first marker within the slack first-frame.ts allows MP3 frames (as the sniffer finds it).
 */
async function findFlacMarker(source, tagEnd) {
    if ((0,mpeg/* isFlacMarker */.Ze)(await source.read(tagEnd, 4), 0))
        return tagEnd;
    if (tagEnd === 0)
        return undefined;
    const from = Math.max(10, tagEnd - first_frame/* TAG_SLACK */.Y3);
    const b = await source.read(from, tagEnd - from + first_frame/* JUNK_REACH */.r2);
    for (let at = b.indexOf(0x66); at >= 0; at = b.indexOf(0x66, at + 1)) {
        if ((0,mpeg/* isFlacMarker */.Ze)(b, at))
            return from + at;
    }
    return undefined;
}
function tagSizeOff(tagEnd, start) {
    const off = start < tagEnd ? `${tagEnd - start} bytes inside it` : `${start - tagEnd} bytes after it`;
    return {
        rule: "tag-size",
        what: `has an ID3v2 tag (which the FLAC format does not have) whose size field says it ends at ` +
            `byte ${tagEnd}, but its FLAC stream starts at byte ${start}, ${off}; players find the ` +
            "stream there, and so did this check",
    };
}
async function streamSeconds(source, audioStart, info) {
    if (info.sampleRate === 0)
        return undefined;
    if (info.totalSamples > 0)
        return info.totalSamples / info.sampleRate;
    return lastFrameSeconds(source, audioStart, info);
}
/** Bytes of the tail searched for the last frame when STREAMINFO does not give its largest size. */
const DEFAULT_TAIL = 64 * 1024;
async function lastFrameSeconds(source, audioStart, info) {
    const wanted = Math.max(DEFAULT_TAIL, info.maxFrameSize + 64);
    const from = Math.max(audioStart, source.size - wanted);
    const tail = await source.read(from, source.size - from);
    const closed = closedCrc16Suffixes(tail, (at) => isFrameSync(tail, at) && tail.length - at > 4);
    for (let k = closed.length - 1; k >= 0; k--) {
        const frame = parseFrameHeader(tail, closed[k] ?? 0, info.maxBlockSize);
        if (frame !== undefined)
            return (frame.firstSample + frame.blockSize) / info.sampleRate;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/media/duration/mp3.ts
var mp3 = __webpack_require__(5423);
;// CONCATENATED MODULE: ./src/media/duration/mp4-boxes.ts


/** The boxes between `from` and `to`, at most `max` of them, each read by its header only. */
async function* boxes(source, from, to, max = duration_facts/* MAX_CHUNKS */.sJ) {
    let at = from;
    for (let i = 0; i < max && at < to; i++) {
        const header = await source.read(at, 16);
        const size32 = (0,media_bytes/* u32be */.mO)(header, 0);
        const type = (0,media_bytes/* ascii */.a)(header, 4, 4);
        if (size32 === undefined || type === "")
            return;
        // 1: a 64-bit size follows; 0: the box runs to the end of its parent.
        const size = size32 === 1 ? (0,media_bytes/* u64be */.fm)(header, 8) : size32 === 0 ? to - at : size32;
        const headerSize = size32 === 1 ? 16 : 8;
        if (size === undefined || size < headerSize)
            return;
        yield { type, at, size, headerSize };
        at += size;
    }
}
async function child(source, parent, type) {
    for await (const box of boxes(source, parent.at + parent.headerSize, parent.at + parent.size)) {
        if (box.type === type)
            return box;
    }
    return undefined;
}
async function descend(source, from, path) {
    let box = from;
    for (const type of path)
        box = box && (await child(source, box, type));
    return box;
}
/** A full box's body: version (1 byte), flags (3), then the fields. */
async function body(source, box, length) {
    return source.read(box.at + box.headerSize, Math.min(length, box.size - box.headerSize));
}

;// CONCATENATED MODULE: ./src/media/duration/mp4-fragments.ts


/**
 * Track boxes plus sample entries read in all fragments, at most: a 6-hour show at 48 kHz has
 * about a million AAC frames; a crafted file of tiny boxes or huge tables stops here, so the
 * time stays bounded whatever the file's size (the top-level walk has its own bound in mp4.ts).
 */
const MAX_FRAGMENT_WORK = 1 << 23;
/** `trex` for the track `trackId` in `mvex`: track id, description index, then the defaults. */
async function trackDefaults(source, mvex, trackId) {
    for await (const box of boxes(source, mvex.at + mvex.headerSize, mvex.at + mvex.size)) {
        if (box.type !== "trex")
            continue;
        const b = await body(source, box, 24);
        if ((0,media_bytes/* u32be */.mO)(b, 4) !== trackId)
            continue;
        return { trackId, duration: (0,media_bytes/* u32be */.mO)(b, 12) ?? 0, size: (0,media_bytes/* u32be */.mO)(b, 16) ?? 0 };
    }
    return { trackId, duration: 0, size: 0 };
}
/** `mehd`: the whole fragmented movie's duration, in the movie's timescale, when the muxer knew it. */
async function fragmentDuration(source, mvex) {
    const mehd = await child(source, mvex, "mehd");
    if (mehd === undefined)
        return undefined;
    const b = await body(source, mehd, 12);
    const duration = b[0] === 1 ? (0,media_bytes/* u64be */.fm)(b, 4) : (0,media_bytes/* u32be */.mO)(b, 4);
    return duration === 0 ? undefined : duration;
}
/** Adds the sound track's samples in one `moof` (as much of it as the file holds) to `tally`. */
async function addFragment(source, moof, defaults, tally) {
    tally.fragments++;
    for await (const traf of boxes(source, moof.at + moof.headerSize, moof.at + moof.size)) {
        if (overBudget(tally, 1))
            return;
        if (traf.type !== "traf")
            continue;
        const header = await fragmentHeader(source, traf, moof, defaults);
        if (header === undefined)
            continue;
        let dataAt = header.base;
        for await (const trun of boxes(source, traf.at + traf.headerSize, traf.at + traf.size)) {
            if (overBudget(tally, 1))
                return;
            if (trun.type !== "trun")
                continue;
            const run = await readRun(source, trun, header, dataAt, (n) => overBudget(tally, n));
            if (tally.tooMuch === true)
                return;
            if (run === undefined) {
                tally.unreadable = true;
                return;
            }
            tally.duration += run.duration;
            dataAt = run.dataEnd;
            tally.dataEnd = run.dataEnd;
        }
    }
}
function overBudget(tally, work) {
    tally.work = (tally.work ?? 0) + work;
    if (tally.work > MAX_FRAGMENT_WORK)
        tally.tooMuch = true;
    return tally.tooMuch === true;
}
/** `tfhd` of the sound track: flags say which of base offset and defaults are present. */
async function fragmentHeader(source, traf, moof, defaults) {
    const tfhd = await child(source, traf, "tfhd");
    if (tfhd === undefined)
        return undefined;
    const b = await body(source, tfhd, 40);
    const flags = (0,media_bytes/* u32be */.mO)(b, 0) ?? 0;
    if ((0,media_bytes/* u32be */.mO)(b, 4) !== defaults.trackId)
        return undefined;
    let at = 8;
    const field = (flag, bytes) => {
        if ((flags & flag) === 0)
            return undefined;
        const value = bytes === 8 ? (0,media_bytes/* u64be */.fm)(b, at) : (0,media_bytes/* u32be */.mO)(b, at);
        at += bytes;
        return value;
    };
    // Without a base offset, data offsets count from the `moof` (default-base-is-moof, and what
    // readers do for the first track fragment, which is where audio-only files keep their sound).
    const base = field(0x1, 8) ?? moof.at;
    field(0x2, 4); // sample description index
    const duration = field(0x8, 4) ?? defaults.duration;
    const size = field(0x10, 4) ?? defaults.size;
    return { base, duration, size };
}
/** Sample entries are read this many bytes at a time, so a long fragment costs no more memory. */
const RUN_CHUNK_BYTES = 64 * 1024;
/**
 * `trun`: sample count, an optional data offset (from the fragment's base) and first-sample
 * flags, then per sample the fields its flags name (duration, size, flags, composition offset).
 * Undefined when the entries run past the box: a table that cannot be trusted.
 */
async function readRun(source, trun, header, previousEnd, spend) {
    const head = await body(source, trun, 16);
    const flags = (0,media_bytes/* u32be */.mO)(head, 0) ?? 0;
    const count = (0,media_bytes/* u32be */.mO)(head, 4) ?? 0;
    const offset = flags & 0x1 ? (0,media_bytes/* u32be */.mO)(head, 8) : undefined;
    const entriesAt = trun.at + trun.headerSize + 8 + (flags & 0x1 ? 4 : 0) + (flags & 0x4 ? 4 : 0);
    const fields = [0x100, 0x200, 0x400, 0x800].map((flag) => (flags & flag ? 4 : 0));
    const [durationBytes = 0, sizeBytes = 0] = fields;
    const entry = fields.reduce((sum, bytes) => sum + bytes, 0);
    if (entriesAt + count * entry > trun.at + trun.size)
        return undefined;
    // Only entries that are read cost anything: a run of default durations is one multiplication.
    if (entry > 0 && spend(count))
        return undefined;
    // A signed 32-bit offset; a negative one would point before the base, which no muxer writes.
    const start = offset === undefined ? previousEnd : header.base + (offset | 0);
    let duration = durationBytes === 0 ? count * header.duration : 0;
    let bytes = sizeBytes === 0 ? count * header.size : 0;
    const perChunk = entry === 0 ? count : Math.floor(RUN_CHUNK_BYTES / entry);
    for (let done = 0; entry > 0 && done < count; done += perChunk) {
        const n = Math.min(perChunk, count - done);
        const chunk = await source.read(entriesAt + done * entry, n * entry);
        if (chunk.length < n * entry)
            return undefined;
        for (let i = 0; i < n; i++) {
            if (durationBytes)
                duration += (0,media_bytes/* u32be */.mO)(chunk, i * entry) ?? 0;
            if (sizeBytes)
                bytes += (0,media_bytes/* u32be */.mO)(chunk, i * entry + durationBytes) ?? 0;
        }
    }
    return { duration, dataEnd: start + bytes };
}

;// CONCATENATED MODULE: ./src/media/duration/mp4.ts





// MP4/M4A: box headers are walked (never the media) to `moov`, wherever it is (up front after
// "faststart", or after the media); the sample tables are read only at their ends, and only
// when the last box claims more than the file holds, to tell whether audio is missing. The audio track's `tkhd` duration
// is the one that plays: its edit list leaves out the encoder's priming samples, which `mdhd`
// counts (1024 samples: 0.064 s at 16 kHz). Where `tkhd` says nothing, `mdhd`, then `mvhd`
// (the longest track, for a file that also holds video). A fragmented file (a `moov` with
// `mvex`) keeps its samples in `moof` fragments: its length is `mehd`'s, or the fragments'
// sample durations added up (mp4-fragments.ts).
/** Top-level boxes walked in a fragmented file: two per fragment, so a 3-hour show cut in 0.2 s fragments fits. */
const MAX_FRAGMENTED_BOXES = 1 << 17;
async function inspectMp4(source) {
    let movie;
    const tally = { fragments: 0, duration: 0 };
    let walked = 0;
    for await (const box of boxes(source, 0, source.size, MAX_FRAGMENTED_BOXES)) {
        // An ordinary file has a handful of top-level boxes; only fragments may make many.
        if (++walked > duration_facts/* MAX_CHUNKS */.sJ && movie?.fragments === undefined)
            break;
        const whole = box.at + box.size <= source.size;
        const held = { ...box, size: Math.min(box.size, source.size - box.at) };
        if (box.type === "moov")
            movie = await readMovie(source, held);
        if (box.type === "moof" && movie?.fragments !== undefined && tally.tooMuch !== true)
            await addFragment(source, held, movie.fragments, tally);
        if (!whole)
            return overreach(source, box, movie, tally);
    }
    const seconds = movie === undefined ? undefined : movieSeconds(movie, tally);
    if (seconds !== undefined)
        return { durationSeconds: seconds };
    return { lengthUnknown: unknownWhy(movie, tally) };
}
function unknownWhy(movie, tally) {
    if (movie === undefined)
        return "no `moov` box was found";
    if (movie.fragments === undefined)
        return "its `moov` box gives no duration";
    if (tally.tooMuch === true)
        return "its fragments hold more entries than this check reads";
    if (tally.unreadable === true)
        return "a fragment's sample table runs past its box";
    return tally.fragments === 0
        ? "it is fragmented, and no `moof` fragment of its sound was found"
        : "it is fragmented, and its fragments give no sample durations";
}
/**
 * A fragmented file's length is `mehd`'s when the muxer wrote one, else what its `moov` holds
 * plus its fragments' samples (an `empty_moov` holds none); an ordinary file's is its `moov`'s.
 */
function movieSeconds(movie, tally) {
    if (movie.fragments === undefined)
        return movie.seconds;
    if (movie.fragmentedSeconds !== undefined)
        return movie.fragmentedSeconds;
    const fragments = seconds(tally.duration, movie.soundTimescale);
    if (tally.unreadable === true || tally.tooMuch === true || fragments === undefined)
        return movie.seconds;
    return (movie.seconds ?? 0) + fragments;
}
/** Boxes that hold no audio: when one of them is last and claims more, nothing that plays is missing. */
const NO_AUDIO_BOXES = {
    mfra: "the index of its fragments",
    sidx: "an index of its segments",
    udta: "tags",
    free: "padding",
    skip: "padding",
};
/**
 * The last box claims more than the file holds. A copy cut short loses audio: the sound
 * track's sample tables (or, fragmented, the last fragment's) then count bytes the file does
 * not have. When they do not (a muxer that wrote a size a little off, a `sidx` or `udta` that
 * lost its tail), what plays is all there, and the file is read with a warning. Without a
 * `moov` read whole, nothing can tell.
 */
async function overreach(source, box, movie, tally) {
    const held = source.size - box.at;
    const durationSeconds = movie === undefined ? undefined : movieSeconds(movie, tally);
    const [stated, holds] = (0,formats/* formatBytePair */.ao)(box.size, held);
    const lastBox = `has a last MP4 box, \`${box.type}\`, that claims ${stated} but holds ${holds}`;
    const noAudio = NO_AUDIO_BOXES[box.type];
    if (noAudio !== undefined && movie !== undefined) {
        return {
            durationSeconds,
            ...(0,duration_facts/* oddityList */.YA)({
                rule: "mp4-box-size",
                what: `${lastBox}; it holds ${noAudio}, not audio, so nothing that plays is missing`,
            }),
        };
    }
    // A fragment header cut short: the media it describes follows it, so that is missing.
    const audioEnd = box.type === "moof" ? undefined : await audioEndOf(source, movie, tally);
    if (audioEnd === undefined || audioEnd > source.size) {
        const truncated = (0,duration_facts/* cutShort */.VV)(`its \`${box.type}\` box claims`, box.size, held);
        return { durationSeconds, truncated };
    }
    const counted = movie?.fragments === undefined ? "its sample tables count" : "its fragments count";
    return {
        durationSeconds,
        ...(0,duration_facts/* oddityList */.YA)({ rule: "mp4-box-size", what: `${lastBox}; the audio ${counted} is all there` }),
    };
}
async function audioEndOf(source, movie, tally) {
    if (movie?.fragments !== undefined && tally.fragments > 0) {
        return tally.unreadable === true || tally.tooMuch === true ? undefined : tally.dataEnd;
    }
    return movie?.sound === undefined ? undefined : soundEnd(source, movie.sound);
}
/** mvhd and mdhd: creation and modification times, timescale, duration (32 or 64 bits by version). */
function headerTiming(b) {
    const v1 = b[0] === 1;
    return {
        timescale: (0,media_bytes/* u32be */.mO)(b, v1 ? 20 : 12),
        duration: v1 ? (0,media_bytes/* u64be */.fm)(b, 24) : (0,media_bytes/* u32be */.mO)(b, 16),
    };
}
/** tkhd: times, track id, reserved, then the duration in the movie's timescale. */
function tkhdDuration(b) {
    return b[0] === 1 ? (0,media_bytes/* u64be */.fm)(b, 28) : (0,media_bytes/* u32be */.mO)(b, 20);
}
function seconds(duration, timescale) {
    // All ones is "unknown" in every version of these boxes.
    const unknown = duration === 0xffffffff || duration === 2 ** 64 - 1;
    return duration && timescale && !unknown ? duration / timescale : undefined;
}
async function readMovie(source, moov) {
    const mvhd = await child(source, moov, "mvhd");
    const movie = mvhd === undefined ? {} : headerTiming(await body(source, mvhd, 32));
    const movieSeconds = seconds(movie.duration, movie.timescale);
    for await (const trak of boxes(source, moov.at + moov.headerSize, moov.at + moov.size)) {
        if (trak.type !== "trak")
            continue;
        const track = await soundTrack(source, trak, movie.timescale);
        if (track === "not sound")
            continue;
        const sound = { seconds: track.seconds ?? movieSeconds, sound: trak };
        const mvex = await child(source, moov, "mvex");
        if (mvex === undefined || track.trackId === undefined)
            return sound;
        const mehd = seconds(await fragmentDuration(source, mvex), movie.timescale);
        return {
            ...sound,
            fragments: await trackDefaults(source, mvex, track.trackId),
            soundTimescale: track.timescale,
            ...(mehd === undefined ? {} : { fragmentedSeconds: mehd }),
        };
    }
    return { seconds: movieSeconds };
}
/** At most this many sample sizes are read to find where the last chunk ends. */
const MAX_LAST_CHUNK_SAMPLES = 1 << 20;
/**
 * Where the sound track's audio ends in the file: its last chunk's offset (`stco`/`co64`)
 * plus the sizes (`stsz`) of the samples in it (`stsc`'s last entry). Undefined when the
 * tables are missing or do not add up.
 */
async function soundEnd(source, trak) {
    const stbl = await descend(source, trak, ["mdia", "minf", "stbl"]);
    if (stbl === undefined)
        return undefined;
    const stco = (await child(source, stbl, "stco")) ?? (await child(source, stbl, "co64"));
    const stsc = await child(source, stbl, "stsc");
    const stsz = await child(source, stbl, "stsz");
    if (stco === undefined || stsc === undefined || stsz === undefined)
        return undefined;
    const lastChunk = await lastEntry(source, stco, stco.type === "co64" ? 8 : 4);
    const perChunk = await lastEntry(source, stsc, 12);
    const samples = perChunk === undefined ? undefined : (0,media_bytes/* u32be */.mO)(perChunk, 4);
    const offset = lastChunk?.length === 8 ? (0,media_bytes/* u64be */.fm)(lastChunk, 0) : (0,media_bytes/* u32be */.mO)(lastChunk ?? new Uint8Array(), 0);
    if (offset === undefined || samples === undefined)
        return undefined;
    const bytes = await lastSampleBytes(source, stsz, samples);
    return bytes === undefined ? undefined : offset + bytes;
}
/** The last entry of a full box's table (version/flags, entry count, then the entries). */
async function lastEntry(source, box, size) {
    const count = (0,media_bytes/* u32be */.mO)(await body(source, box, 8), 4);
    if (!count)
        return undefined;
    const entry = await source.read(box.at + box.headerSize + 8 + (count - 1) * size, size);
    return entry.length === size ? entry : undefined;
}
/** `stsz`: one size for every sample, or a table of sizes; the last `samples` of them added up. */
async function lastSampleBytes(source, stsz, samples) {
    const head = await body(source, stsz, 12);
    const fixed = (0,media_bytes/* u32be */.mO)(head, 4);
    const count = (0,media_bytes/* u32be */.mO)(head, 8);
    if (fixed === undefined || count === undefined || samples > count)
        return undefined;
    if (fixed > 0)
        return fixed * samples;
    if (samples > MAX_LAST_CHUNK_SAMPLES)
        return undefined;
    const sizes = await source.read(stsz.at + stsz.headerSize + 12 + (count - samples) * 4, samples * 4);
    if (sizes.length !== samples * 4)
        return undefined;
    let total = 0;
    for (let i = 0; i < samples; i++)
        total += (0,media_bytes/* u32be */.mO)(sizes, i * 4) ?? 0;
    return total;
}
async function soundTrack(source, trak, movieTimescale) {
    const mdia = await child(source, trak, "mdia");
    const hdlr = mdia && (await child(source, mdia, "hdlr"));
    // hdlr: version/flags (4), pre-defined (4), then the handler type.
    if (hdlr === undefined || (0,media_bytes/* ascii */.a)(await body(source, hdlr, 12), 8, 4) !== "soun")
        return "not sound";
    const tkhd = await child(source, trak, "tkhd");
    const header = tkhd && (await body(source, tkhd, 32));
    // tkhd: times (4 + 4, or 8 + 8 in version 1), then the track id.
    const trackId = header && (0,media_bytes/* u32be */.mO)(header, header[0] === 1 ? 20 : 12);
    const mdhd = mdia && (await child(source, mdia, "mdhd"));
    const media = mdhd === undefined ? {} : headerTiming(await body(source, mdhd, 32));
    const edited = header && seconds(tkhdDuration(header), movieTimescale);
    return {
        seconds: edited ?? seconds(media.duration, media.timescale),
        ...(trackId === undefined ? {} : { trackId }),
        ...(media.timescale === undefined ? {} : { timescale: media.timescale }),
    };
}

;// CONCATENATED MODULE: ./src/media/duration/ogg.ts



// Ogg Vorbis and Opus: a page's granule position counts the samples decoded up to the end of
// that page, so the last page of the stream gives the length; only the first page (for the
// sample rate, or Opus's pre-skip) and the file's tail are read. Opus always counts at 48 kHz
// and its first `pre-skip` samples are not played. A stream that does not start at granule 0
// (cut out of a live stream) would read long; encoders writing files always start at 0.
// When the last page belongs to another stream (a chained file: several streams one after the
// other), the length is the sum of all of them, which the tail alone cannot tell: unknown.
/** The largest Ogg page is 65,307 bytes, so this much of the tail holds at least one whole page. */
const TAIL_BYTES = 128 * 1024;
const PAGE_HEADER = 27;
/**
 * Bytes checksummed while walking back for the last page. A real file's last page is among the
 * first few tried; a tail crafted as thousands of overlapping page look-alikes would otherwise
 * cost each its own checksum of up to 64 KiB. Past the budget the length is unknown.
 */
const CHECKSUM_BUDGET = 4 * TAIL_BYTES;
async function inspectOgg(source) {
    const first = await source.read(0, 512);
    const serial = (0,media_bytes/* u32le */.mr)(first, 14);
    const codec = firstPacketCodec(first);
    if ((0,media_bytes/* ascii */.a)(first, 0, 4) !== "OggS" || serial === undefined)
        return {};
    if (codec === undefined)
        return { lengthUnknown: "its Ogg stream holds a codec whose length is not read" };
    const from = Math.max(0, source.size - TAIL_BYTES);
    const granule = lastGranule(await source.read(from, source.size - from), serial);
    if (granule === undefined || granule <= codec.skip) {
        return { lengthUnknown: "no last Ogg page of its stream was found: a chained or damaged file" };
    }
    return { durationSeconds: (granule - codec.skip) / codec.rate };
}
function firstPacketCodec(page) {
    const body = PAGE_HEADER + (page[26] ?? 0);
    if ((0,media_bytes/* ascii */.a)(page, body, 8) === "OpusHead") {
        return { rate: 48000, skip: (0,media_bytes/* u16le */._8)(page, body + 10) ?? 0 };
    }
    if ((0,media_bytes/* ascii */.a)(page, body, 7) === "\x01vorbis") {
        const rate = (0,media_bytes/* u32le */.mr)(page, body + 12);
        return rate ? { rate, skip: 0 } : undefined;
    }
    // Ogg FLAC: 0x7F "FLAC", version (2), header count (2), "fLaC", then a whole STREAMINFO
    // block; its granule positions count samples at the stream's rate.
    if ((0,media_bytes/* ascii */.a)(page, body, 5) === "\x7fFLAC" && (0,media_bytes/* ascii */.a)(page, body + 9, 4) === "fLaC") {
        const rate = parseStreamInfo(page.subarray(body + 17, body + 17 + 34))?.sampleRate;
        return rate ? { rate, skip: 0 } : undefined;
    }
    // Speex (which Mixcloud does not take) and the rest: not taken apart here.
    return undefined;
}
/**
 * The granule position of the stream's last page that has one, found by walking back from the
 * end over whole pages whose checksum matches (so "OggS" inside audio data is never taken for a
 * page); undefined when the file's last page is of another stream.
 */
function lastGranule(tail, serial) {
    let checked = 0;
    for (let at = tail.lastIndexOf(0x4f); at >= 0; at = at > 0 ? tail.lastIndexOf(0x4f, at - 1) : -1) {
        if ((0,media_bytes/* ascii */.a)(tail, at, 4) !== "OggS")
            continue;
        const length = pageLength(tail, at);
        if (length === undefined)
            continue;
        checked += length;
        if (checked > CHECKSUM_BUDGET)
            return undefined;
        if (oggCrc(tail, at, at + length, at + 22) !== (0,media_bytes/* u32le */.mr)(tail, at + 22))
            continue;
        if ((0,media_bytes/* u32le */.mr)(tail, at + 14) !== serial)
            return undefined;
        // All ones: no packet ends on this page; an earlier page has the position.
        if ((0,media_bytes/* u32le */.mr)(tail, at + 6) === 0xffffffff && (0,media_bytes/* u32le */.mr)(tail, at + 10) === 0xffffffff)
            continue;
        return (0,media_bytes/* u64le */.dw)(tail, at + 6);
    }
    return undefined;
}
/** Header, segment table and body; undefined when the page does not end inside `b`. */
function pageLength(b, at) {
    const segments = b[at + 26];
    if (b[at + 4] !== 0 || segments === undefined || at + PAGE_HEADER + segments > b.length) {
        return undefined;
    }
    let length = PAGE_HEADER + segments;
    for (let s = 0; s < segments; s++)
        length += b[at + PAGE_HEADER + s] ?? 0;
    return at + length <= b.length ? length : undefined;
}

;// CONCATENATED MODULE: ./src/media/duration/wav.ts



const PCM = 1;
/** WAVE_FORMAT_EXTENSIBLE: the real format is in the sub-format GUID, PCM or not. */
const EXTENSIBLE = 0xfffe;
const UNKNOWN_SIZE = 0xffffffff;
async function inspectWav(source) {
    const header = { riffSize: (0,media_bytes/* u32le */.mr)(await source.read(0, 8), 4) };
    let at = 12;
    for (let i = 0; i < duration_facts/* MAX_CHUNKS */.sJ; i++) {
        const chunk = await source.read(at, 8);
        const id = (0,media_bytes/* ascii */.a)(chunk, 0, 4);
        const size = (0,media_bytes/* u32le */.mr)(chunk, 4);
        if (size === undefined)
            return {};
        if (id === "data")
            return wavData(source.size, at + 8, size, header);
        await readChunk(source, id, at + 8, header);
        at += 8 + size + (size % 2);
    }
    return {};
}
async function readChunk(source, id, body, header) {
    if (id === "fmt ") {
        const fmt = await source.read(body, 16);
        header.format = (0,media_bytes/* u16le */._8)(fmt, 0);
        header.sampleRate = (0,media_bytes/* u32le */.mr)(fmt, 4);
        header.byteRate = (0,media_bytes/* u32le */.mr)(fmt, 8);
        header.blockAlign = (0,media_bytes/* u16le */._8)(fmt, 12);
    }
    else if (id === "fact") {
        header.factFrames = (0,media_bytes/* u32le */.mr)(await source.read(body, 4), 0);
    }
    else if (id === "ds64") {
        // RIFF size (8), data size (8), sample count (8), then a table.
        const ds64 = await source.read(body, 16);
        header.riffSize = (0,media_bytes/* u64le */.dw)(ds64, 0);
        header.ds64Data = (0,media_bytes/* u64le */.dw)(ds64, 8);
    }
}
function wavData(fileSize, dataStart, size32, h) {
    // RF64 says 0xFFFFFFFF here by design: its `ds64` holds the real size.
    const rf64 = size32 === UNKNOWN_SIZE && h.ds64Data !== undefined;
    const declared = rf64 ? (h.ds64Data ?? 0) : size32;
    const available = fileSize - dataStart;
    const fits = dataStart + declared <= fileSize;
    if (fits && !(declared === 0 && available > 0)) {
        return { durationSeconds: wavSeconds(declared, h) };
    }
    if (!fits && isCount(declared, h) && !isPlaceholder(h.riffSize)) {
        const riffEnd = 8 + (h.riffSize ?? 0);
        // Both sizes agree that the file should go on: it was cut short.
        if (dataStart + declared <= riffEnd + 1) {
            return {
                durationSeconds: wavSeconds(declared, h),
                truncated: (0,duration_facts/* cutShort */.VV)("its WAV header promises sound data of", declared, available),
            };
        }
    }
    return {
        durationSeconds: wavSeconds(available, h),
        ...(0,duration_facts/* oddityList */.YA)({ rule: "wav-data-size", what: bogusDataSize(declared, available, h) }),
    };
}
/**
 * Nothing after the last byte tells a WAV cut short from one whose writer never filled in its
 * sizes: both simply end. The header's values decide. A size a writer really counted is a
 * whole number of sample frames and none of the values left by writers that stream (to a pipe,
 * a socket, a recorder's card): 0, 0xFFFFFFxx, and INT32_MAX or just under it from writers
 * that keep sizes signed. A data size that is such a count, backed by a RIFF size that is one
 * too, says the file once held that much: the copy lost its end. Any other size past the end
 * of the file is a placeholder, and what the file holds is what plays, as ffmpeg plays it.
 */
function isCount(size, h) {
    return !isPlaceholder(size) && (h.blockAlign === undefined || size % (h.blockAlign || 1) === 0);
}
function isPlaceholder(size) {
    return (size === undefined ||
        size === 0 ||
        (size >= 0x7fffff00 && size <= 0x7fffffff) ||
        (size >= 0xffffff00 && size <= UNKNOWN_SIZE));
}
function bogusDataSize(declared, available, h) {
    const [stated, held] = (0,formats/* formatBytePair */.ao)(declared, available);
    const riffKnown = !isPlaceholder(h.riffSize);
    const given = isPlaceholder(declared)
        ? `${declared === 0 ? "0" : `0x${declared.toString(16).toUpperCase()}`}, a placeholder that streaming writers leave`
        : `${stated}, ${!isCount(declared, h)
            ? "not a whole number of sample frames"
            : riffKnown
                ? "more than its RIFF header counts"
                : "with no RIFF size to back it"}`;
    return `has a WAV data size of ${given}; the file holds ${held} of sound, and the length is read from that`;
}
function wavSeconds(dataSize, h) {
    const pcm = h.format === PCM || h.format === EXTENSIBLE;
    // A `fact` of 0 or 0xFFFFFFFF was never filled in (a streamed file): the data size decides.
    const fact = h.factFrames !== undefined && h.factFrames > 0 && h.factFrames < UNKNOWN_SIZE;
    if (!pcm && fact && h.sampleRate)
        return (h.factFrames ?? 0) / h.sampleRate;
    if (!h.byteRate)
        return undefined;
    // Whole blocks only: a cut-off last sample frame does not play.
    const blocks = h.blockAlign ? Math.floor(dataSize / h.blockAlign) * h.blockAlign : dataSize;
    return blocks / h.byteRate;
}

;// CONCATENATED MODULE: ./src/media/inspect-audio.ts







const INSPECTORS = {
    wav: inspectWav,
    flac: inspectFlac,
    mp3: mp3/* inspectMp3 */.hN,
    aac: inspectAdts,
    aiff: inspectAiff,
    m4a: inspectMp4,
    ogg: inspectOgg,
    opus: inspectOgg,
};
/** Facts about audio of a known `type` (as sniffAudio names it). */
async function inspectAudio(type, source) {
    const inspect = INSPECTORS[type];
    if (inspect === undefined)
        return {};
    const facts = await inspect(source);
    const seconds = facts.durationSeconds;
    const sane = seconds !== undefined && Number.isFinite(seconds) && seconds > 0;
    return sane ? facts : withoutDuration(facts);
}
function withoutDuration({ durationSeconds: _dropped, ...facts }) {
    return facts;
}


/***/ }),

/***/ 9211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ip: () => (/* binding */ lfsPointerMessage),
/* harmony export */   YG: () => (/* binding */ lfsObjectId),
/* harmony export */   y: () => (/* binding */ parseLfsPointer)
/* harmony export */ });
/* unused harmony export LFS_POINTER_MAX_BYTES */
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5728);

// A Git LFS pointer is what a checkout without `lfs: true` leaves in place of the real file:
// a small text file naming the object. See https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md
/** Pointer files are at most 1024 bytes by the spec. */
const LFS_POINTER_MAX_BYTES = 1024;
const POINTER_VERSIONS = [
    "version https://git-lfs.github.com/spec/v1",
    // The pre-release name of the spec, still accepted by git-lfs.
    "version https://hawser.github.com/spec/v1",
];
/** Reads a Git LFS pointer from a file's bytes, or undefined when they are not one. */
function parseLfsPointer(bytes, fileSize) {
    if (fileSize > LFS_POINTER_MAX_BYTES)
        return undefined;
    const text = new TextDecoder().decode(bytes.subarray(0, LFS_POINTER_MAX_BYTES));
    if (!POINTER_VERSIONS.some((v) => text.startsWith(v)))
        return undefined;
    const size = /^size (\d+)$/m.exec(text)?.[1];
    const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
    return {
        ...(size === undefined ? {} : { objectSize: Number(size) }),
        ...(oid === undefined ? {} : { oid }),
    };
}
/** The object a pointer names, or undefined when it lacks its oid or size (it cannot be asked for). */
function lfsObjectId(pointer) {
    if (pointer.oid === undefined || pointer.objectSize === undefined)
        return undefined;
    if (!Number.isSafeInteger(pointer.objectSize))
        return undefined;
    return { oid: pointer.oid, size: pointer.objectSize };
}
/** The message for a pointer found where no LFS server can be asked for its object. */
function lfsPointerMessage(label, kind, pointer) {
    const real = pointer.objectSize === undefined ? "" : ` (to a ${(0,_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(pointer.objectSize)} file)`;
    return (`${label} is a Git LFS pointer${real}, not the ${kind}, and its object cannot be fetched here: ` +
        "run `git lfs pull` (or check out with `actions/checkout` and `lfs: true`)");
}


/***/ }),

/***/ 8359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ parseMpegFrameHeader),
/* harmony export */   Ze: () => (/* binding */ isFlacMarker),
/* harmony export */   fr: () => (/* binding */ parseAdtsHeader),
/* harmony export */   ft: () => (/* binding */ id3v2Length),
/* harmony export */   q: () => (/* binding */ isAdtsHeader)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9451);

const BITRATES_KBPS = {
    "1-1": [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
    "1-2": [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
    "1-3": [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
    "2-1": [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
    "2-2": [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES = {
    "1": [44100, 48000, 32000],
    "2": [22050, 24000, 16000],
    "2.5": [11025, 12000, 8000],
};
const VERSION_BITS = { 0: 2.5, 2: 2, 3: 1 };
const LAYER_BITS = { 1: 3, 2: 2, 3: 1 };
/** Parses an MPEG audio frame header at `at`, or undefined when the bytes cannot be one. */
function parseMpegFrameHeader(b, at) {
    if (at + 4 > b.length || b[at] !== 0xff)
        return undefined;
    const b1 = b[at + 1] ?? 0;
    const b2 = b[at + 2] ?? 0;
    const b3 = b[at + 3] ?? 0;
    if ((b1 & 0xe0) !== 0xe0 || !validHeaderBits(b1, b2, b3))
        return undefined;
    const version = VERSION_BITS[(b1 >> 3) & 3];
    const layer = LAYER_BITS[(b1 >> 1) & 3];
    const bitrateIndex = b2 >> 4;
    const rateIndex = (b2 >> 2) & 3;
    // Reserved values: a random 0xFFEx pair in other data usually hits one of them.
    if (version === undefined || layer === undefined)
        return undefined;
    if (bitrateIndex === 15 || rateIndex === 3 || (b3 & 3) === 2)
        return undefined;
    const table = BITRATES_KBPS[`${version === 1 ? 1 : 2}-${version === 1 ? layer : Math.min(layer, 2)}`];
    const bitrateKbps = table?.[bitrateIndex] ?? 0;
    const sampleRate = SAMPLE_RATES[String(version)]?.[rateIndex] ?? 0;
    const samplesPerFrame = layer === 1 ? 384 : layer === 3 && version !== 1 ? 576 : 1152;
    const padding = (b2 >> 1) & 1;
    const frameLength = bitrateKbps === 0
        ? undefined
        : Math.floor(((samplesPerFrame / 8) * bitrateKbps * 1000) / sampleRate) +
            padding * (layer === 1 ? 4 : 1);
    return {
        version,
        layer,
        bitrateKbps,
        sampleRate,
        mono: b3 >> 6 === 3,
        crc: (b1 & 1) === 0,
        samplesPerFrame,
        frameLength,
    };
}
/**
 * The reserved values, tested on the bits before any table is looked at: a search through
 * junk (or a run of 0xFF bytes) meets a sync at almost every byte and must reject it fast.
 */
function validHeaderBits(b1, b2, b3) {
    const version = b1 & 0x18; // 01: reserved
    const layer = b1 & 0x06; // 00: reserved
    const bitrate = b2 & 0xf0; // 1111: bad
    const rate = b2 & 0x0c; // 11: reserved
    return version !== 0x08 && layer !== 0 && bitrate !== 0xf0 && rate !== 0x0c && (b3 & 3) !== 2;
}
/** An ADTS header (raw AAC): the 12-bit sync with layer bits 00, which MPEG audio never uses. */
function isAdtsHeader(b, at) {
    if (at + 7 > b.length || b[at] !== 0xff)
        return false;
    const b1 = b[at + 1] ?? 0;
    const frequencyIndex = ((b[at + 2] ?? 0) >> 2) & 0x0f;
    return (b1 & 0xf6) === 0xf0 && frequencyIndex < 13;
}
const ADTS_RATES = [
    96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350,
];
/** Parses an ADTS header at `at`, or undefined when the bytes cannot be one. */
function parseAdtsHeader(b, at) {
    if (!isAdtsHeader(b, at))
        return undefined;
    const b2 = b[at + 2] ?? 0;
    const b3 = b[at + 3] ?? 0;
    const frameLength = ((b3 & 3) << 11) | ((b[at + 4] ?? 0) << 3) | ((b[at + 5] ?? 0) >> 5);
    const headerLength = (b[at + 1] ?? 0) & 1 ? 7 : 9;
    const sampleRate = ADTS_RATES[(b2 >> 2) & 0x0f] ?? 0;
    if (frameLength <= headerLength || sampleRate === 0)
        return undefined;
    return {
        frameLength,
        sampleRate,
        samples: 1024 * (((b[at + 6] ?? 0) & 3) + 1),
        channels: ((b2 & 1) << 2) | (b3 >> 6),
        profile: b2 >> 6,
    };
}
/** Total bytes of an ID3v2 tag at `at` (header, body and footer), or undefined when there is none. */
function id3v2Length(b, at) {
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .ascii */ .a)(b, at, 3) !== "ID3" || at + 10 > b.length)
        return undefined;
    const major = b[at + 3] ?? 0xff;
    const flags = b[at + 5] ?? 0;
    const sizeBytes = b.subarray(at + 6, at + 10);
    if (major === 0xff || sizeBytes.some((x) => x >= 0x80))
        return undefined;
    // "Syncsafe": seven bits per byte, so the size never contains a false frame sync.
    const size = sizeBytes.reduce((total, x) => total * 128 + x, 0);
    return 10 + size + (flags & 0x10 ? 10 : 0);
}
/** FLAC stream marker, which also follows an ID3 tag in some files. */
function isFlacMarker(b, at) {
    return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .startsWithBytes */ .H6)(b, at, [0x66, 0x4c, 0x61, 0x43]);
}


/***/ }),

/***/ 5470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q9: () => (/* binding */ audioWarnings),
/* harmony export */   QH: () => (/* binding */ unknownTypeProblem),
/* harmony export */   oN: () => (/* binding */ notOfKindMessage),
/* harmony export */   zc: () => (/* binding */ tooLargeProblem)
/* harmony export */ });
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5728);
/* harmony import */ var _sniff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1964);


/**
 * "the audio `x` is not audio of a known type (MP3, …): it looks like a PNG picture", or for
 * audio in a format Mixcloud does not take, that format named with a conversion line.
 */
function unknownTypeProblem(kind, label, head, options = {}) {
    const unsupported = kind === "audio" && (0,_sniff_js__WEBPACK_IMPORTED_MODULE_1__/* .unsupportedAudioName */ .fv)(head) !== undefined;
    return {
        rule: unsupported ? "unsupported-format" : "unknown-type",
        message: notOfKindMessage(kind, label, head, options),
    };
}
function notOfKindMessage(kind, label, head, options = {}) {
    const unsupported = kind === "audio" ? (0,_sniff_js__WEBPACK_IMPORTED_MODULE_1__/* .unsupportedAudioName */ .fv)(head) : undefined;
    if (unsupported !== undefined) {
        const name = options.fileName ?? nameInLabel(label);
        return (`${label} is ${unsupported}, which Mixcloud does not take (it takes ${_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCEPTED_FORMATS */ .pB.audio}): ` +
            `convert it, for example with ${conversionLine(name)}`);
    }
    return (`${label} is not ${kind === "audio" ? "audio" : "a picture"} of a known type ` +
        `(${_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCEPTED_FORMATS */ .pB[kind]}): it looks like ${(0,_sniff_js__WEBPACK_IMPORTED_MODULE_1__/* .describeContent */ .Xb)(head, options)}`);
}
/**
 * The last part of the path or URL a label names (`the audio \`audio/show.wma\``, `the audio
 * URL https://host/show.wma?dl=1` → `show.wma`), left encoded: a decoded name could hold a
 * line break.
 */
function nameInLabel(label) {
    const named = /`([^`]*)`/.exec(label)?.[1] ?? label.split(" ").pop() ?? "";
    const path = named.split(/[?#]/)[0] ?? "";
    const last = path.slice(path.lastIndexOf("/") + 1);
    return last === "" ? "show.audio" : last;
}
/** `ffmpeg -i show.wma -c:a libmp3lame -b:a 320k show.mp3`, the names quoted where a shell needs it. */
function conversionLine(fileName) {
    const dot = fileName.lastIndexOf(".");
    const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
    // A WMA named `show.mp3` must not be converted onto itself.
    const mp3 = `${stem}.mp3` === fileName ? `${stem}-converted.mp3` : `${stem}.mp3`;
    return `\`ffmpeg -i ${shellWord(fileName)} -c:a libmp3lame -b:a 320k ${shellWord(mp3)}\``;
}
function shellWord(name) {
    const word = name.startsWith("-") ? `./${name}` : name;
    return /^[\w.,+-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}
/** "the audio `x` is 4.5 GiB; Mixcloud takes at most 4.0 GiB", exact in bytes when rounding would hide the difference. */
function tooLargeProblem(rule, label, size, limit) {
    const [shown, allowed] = (0,_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytePair */ .ao)(size, limit);
    return { rule, message: `${label} is ${shown}; Mixcloud takes at most ${allowed}` };
}
/**
 * The warnings for audio that was read: each defect that players read past (and so did the
 * reader), and "length unknown" said out loud when the length could not be read, since the
 * rules that hold a show to its length are then skipped.
 */
function audioWarnings(label, facts) {
    const warnings = (facts.oddities ?? []).map((oddity) => ({
        rule: oddity.rule,
        message: `${label} ${oddity.what}`,
    }));
    if (facts.durationSeconds === undefined) {
        const why = facts.lengthUnknown ?? "its headers do not tell it";
        warnings.push({
            rule: "length-unknown",
            message: `length unknown: the length of ${label} could not be read (${why}), so the checks ` +
                "against it (a track past the end of the audio, a show under 15 minutes) were skipped",
        });
    }
    return warnings;
}


/***/ }),

/***/ 1964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ contentOf),
/* harmony export */   BH: () => (/* binding */ sniffAudio),
/* harmony export */   Qo: () => (/* binding */ sniffSource),
/* harmony export */   Xb: () => (/* binding */ describeContent),
/* harmony export */   fv: () => (/* binding */ unsupportedAudioName),
/* harmony export */   nK: () => (/* binding */ sniffPicture)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9451);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5728);
/* harmony import */ var _duration_mp3_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5423);
/* harmony import */ var _duration_first_frame_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6175);
/* harmony import */ var _mpeg_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8359);





// Format detection by content: the first bytes of a file decide, never its name, because a
// renamed or mislabelled file is exactly the mistake these checks exist to catch.
/** ISO BMFF (`ftyp`) brands of MP4 audio. `mp42`/`isom` are also used by video; Mixcloud takes the audio track. */
const AUDIO_BRANDS = new Set([
    "M4A ",
    "M4B ",
    "M4P ",
    "F4A ",
    "F4B ",
    "mp41",
    "mp42",
    "isom",
    "iso2",
    "iso3",
    "iso4",
    "iso5",
    "iso6",
    "dash",
    "MSNV",
]);
const PICTURE_BRANDS = new Set(["heic", "heix", "mif1", "msf1", "avif", "avis"]);
/** Detects MP3, M4A, AAC (ADTS), FLAC, Ogg/Opus, WAV or AIFF from a file's first bytes. */
function sniffAudio(head) {
    const type = audioTypeOf(head);
    return type === undefined ? undefined : supportedAudio(type);
}
/** The type of a recognised audio format, when it is one Mixcloud takes. */
function supportedAudio(type) {
    return type in _formats_js__WEBPACK_IMPORTED_MODULE_0__/* .AUDIO_CONTENT_TYPES */ .HL ? (0,_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .sniffed */ .WN)("audio", type) : undefined;
}
/** Bytes read where a leading ID3v2 tag ends, to see what follows it. */
const AFTER_TAG_BYTES = 4096;
/**
 * What a whole medium is, from its first bytes and, for audio, one read more where the head
 * cannot tell: when its ID3v2 tag outgrows the head (cover art of a few hundred KiB), the bytes
 * after the tag, so a FLAC or raw AAC behind a big tag is not taken for an MP3 and a WavPack
 * behind one is named as WavPack in the message (those bytes are the evidence).
 */
async function sniffSource(kind, head, source) {
    if (kind !== "audio")
        return contentOf(sniffPicture(head), head);
    const tagEnd = id3ChainEnd(head);
    if (tagEnd === undefined || tagEnd < head.length) {
        const type = audioTypeOf(head);
        if (type !== undefined)
            return contentOf(supportedAudio(type), head);
        return contentOf(await mp3BehindJunk(head, source), head);
    }
    // From a little before the tag's stated end, in case its size field is a few bytes off.
    const from = Math.max(0, tagEnd - _duration_first_frame_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG_SLACK */ .Y3);
    const around = await source.read(from, tagEnd - from + AFTER_TAG_BYTES);
    const type = around.length <= tagEnd - from ? "mp3" : typeAfterTag(around, tagEnd - from);
    const evidence = around.subarray(tagEnd - from);
    return contentOf(supportedAudio(type), evidence);
}
/** The content as a type when there is one, else as the bytes that tell what it is. */
function contentOf(type, evidence) {
    return type === undefined ? { evidence } : { type };
}
/**
 * MP3 frames behind more junk than the head shows (100,000 zero bytes, a download manager's
 * leftovers), looked for only where the head is nothing else: binary, of no known kind (the
 * caller has found no audio format in it).
 */
async function mp3BehindJunk(head, source) {
    const something = pictureTypeOf(head) !== undefined ||
        describeOtherBinary(head, false) !== undefined ||
        decodeText(head) !== undefined;
    if (something || !(await (0,_duration_mp3_js__WEBPACK_IMPORTED_MODULE_1__/* .mp3FramesAfterJunk */ .bP)(source)))
        return undefined;
    return (0,_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .sniffed */ .WN)("audio", "mp3");
}
/** The name of an audio format Mixcloud does not take, when the bytes are one. */
function unsupportedAudioName(head) {
    const type = audioTypeOf(head);
    return type === undefined ? undefined : _formats_js__WEBPACK_IMPORTED_MODULE_0__/* .UNSUPPORTED_AUDIO */ .TX[type];
}
/** Detects JPEG, PNG, GIF or WebP from a file's first bytes. */
function sniffPicture(head) {
    const type = pictureTypeOf(head);
    return type === undefined ? undefined : (0,_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .sniffed */ .WN)("picture", type);
}
/**
 * The format the bytes start with: one Mixcloud takes (a key of AUDIO_CONTENT_TYPES), one it
 * does not (a key of UNSUPPORTED_AUDIO), or undefined.
 */
function audioTypeOf(b) {
    const tagEnd = id3ChainEnd(b);
    if (tagEnd !== undefined)
        return tagEnd >= b.length ? "mp3" : typeAfterTag(b, tagEnd);
    if ((0,_mpeg_js__WEBPACK_IMPORTED_MODULE_2__/* .isFlacMarker */ .Ze)(b, 0))
        return "flac";
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, 0, 4) === "OggS")
        return oggTypeOf(b);
    if (isRiff(b, "WAVE") || ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, 0, 4) === "RF64" && (0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, 8, 4) === "WAVE"))
        return "wav";
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, 0, 4) === "FORM" && ["AIFF", "AIFC"].includes((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, 8, 4)))
        return "aiff";
    if (isAudioMp4(b))
        return "m4a";
    if ((0,_mpeg_js__WEBPACK_IMPORTED_MODULE_2__/* .isAdtsHeader */ .q)(b, 0))
        return "aac";
    if ((0,_mpeg_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMpegFrameHeader */ .Ds)(b, 0) !== undefined)
        return "mp3";
    return ((b[0] === 0 ? framesAfterZeros(b, 0) : undefined) ??
        unsupportedTypeOf(b, 0) ??
        framesAfterJunk(b));
}
/** How far into a file junk before its first MP3 frame is looked past. */
const JUNK_REACH = 4096;
/**
 * MP3 frames after a little junk at the start, as players find them: three headers in a row,
 * each where the one before says its frame ends, which other data practically never holds.
 */
function framesAfterJunk(b) {
    const end = Math.min(b.length, JUNK_REACH);
    for (let at = b.indexOf(0xff); at >= 0 && at < end; at = b.indexOf(0xff, at + 1)) {
        if (chainedFrames(b, at, 3))
            return "mp3";
    }
    return undefined;
}
function chainedFrames(b, from, count) {
    const first = (0,_mpeg_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMpegFrameHeader */ .Ds)(b, from);
    let at = from;
    for (let i = 0; i < count; i++) {
        const frame = (0,_mpeg_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMpegFrameHeader */ .Ds)(b, at);
        if (frame?.frameLength === undefined || frame.sampleRate !== first?.sampleRate)
            return false;
        if (frame.layer !== first.layer)
            return false;
        at += frame.frameLength;
    }
    return true;
}
/**
 * MP3 or raw AAC frames after a run of zero bytes (the MPEG conformance files start with 215
 * of them; some recorders pad the start); undefined when something else follows the zeros.
 */
function framesAfterZeros(b, from) {
    let at = from;
    while (at < b.length && b[at] === 0)
        at++;
    if ((0,_mpeg_js__WEBPACK_IMPORTED_MODULE_2__/* .isAdtsHeader */ .q)(b, at))
        return "aac";
    return (0,_mpeg_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMpegFrameHeader */ .Ds)(b, at) === undefined ? undefined : "mp3";
}
/** Where a chain of ID3v2 tags at the start ends (taggers sometimes stack a few); undefined without one. */
function id3ChainEnd(b) {
    let at = 0;
    for (let tags = 0; tags < 4; tags++) {
        const length = (0,_mpeg_js__WEBPACK_IMPORTED_MODULE_2__/* .id3v2Length */ .ft)(b, at);
        if (length === undefined)
            break;
        at += length;
    }
    return at === 0 ? undefined : at;
}
/**
 * What follows an ID3v2 tag. Mostly MPEG frames, but taggers also put ID3 in front of FLAC,
 * raw AAC and the formats Mixcloud does not take; anything else behind an ID3 tag is taken
 * for MP3, the tag's own format, and left to the duration reader to find its frames.
 */
function typeAfterTag(b, at) {
    if ((0,_mpeg_js__WEBPACK_IMPORTED_MODULE_2__/* .isFlacMarker */ .Ze)(b, at))
        return "flac";
    if ((0,_mpeg_js__WEBPACK_IMPORTED_MODULE_2__/* .isAdtsHeader */ .q)(b, at))
        return "aac";
    if ((0,_mpeg_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMpegFrameHeader */ .Ds)(b, at) !== undefined)
        return "mp3";
    return (unsupportedTypeOf(b, at) ??
        streamNearTagEnd(b, at) ??
        (framesAfterZeros(b, at) === "aac" ? "aac" : "mp3"));
}
/**
 * A tag whose size field is a few bytes off leaves the stream a little before or after where
 * the tag says it ends: looked for over the slack first-frame.ts allows MP3 frames (TAG_SLACK
 * before, its JUNK_REACH after), so a FLAC or raw AAC there is not taken for an MP3. The first of
 * `fLaC`, two ADTS headers in a row, or two MPEG headers in a row decides.
 */
function streamNearTagEnd(b, tagEnd) {
    const end = Math.min(b.length, tagEnd + _duration_first_frame_js__WEBPACK_IMPORTED_MODULE_3__/* .JUNK_REACH */ .r2);
    for (let at = Math.max(0, tagEnd - _duration_first_frame_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG_SLACK */ .Y3); at < end; at++) {
        if ((0,_mpeg_js__WEBPACK_IMPORTED_MODULE_2__/* .isFlacMarker */ .Ze)(b, at))
            return "flac";
        if (b[at] !== 0xff)
            continue;
        const adts = (0,_mpeg_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAdtsHeader */ .fr)(b, at);
        if (adts !== undefined && (0,_mpeg_js__WEBPACK_IMPORTED_MODULE_2__/* .isAdtsHeader */ .q)(b, at + adts.frameLength))
            return "aac";
        const mpeg = (0,_mpeg_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMpegFrameHeader */ .Ds)(b, at);
        const next = mpeg?.frameLength === undefined ? undefined : (0,_mpeg_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMpegFrameHeader */ .Ds)(b, at + mpeg.frameLength);
        if (next !== undefined && next.sampleRate === mpeg?.sampleRate)
            return "mp3";
    }
    return undefined;
}
/** Ogg by its first packet: Opus, Vorbis and FLAC are taken (as Ogg), Speex is not. */
function oggTypeOf(b) {
    const body = 27 + (b[26] ?? 0);
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, body, 8) === "OpusHead")
        return "opus";
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, body, 8) === "Speex   ")
        return "speex";
    return "ogg";
}
const ASF_GUID = [
    0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11, 0xa6, 0xd9, 0x00, 0xaa, 0x00, 0x62, 0xce, 0x6c,
];
/** Audio formats Mixcloud does not take, by their magic numbers. */
function unsupportedTypeOf(b, at) {
    const magic = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, at, 4);
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .startsWithBytes */ .H6)(b, at, ASF_GUID))
        return "asf";
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .startsWithBytes */ .H6)(b, at, [0x1a, 0x45, 0xdf, 0xa3]))
        return ebmlDocType(b, at);
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .startsWithBytes */ .H6)(b, at, [0x0b, 0x77]) && b.length >= at + 6) {
        // bsid, the top 5 bits of byte 5: up to 8 (10) is AC-3, 11 to 16 is E-AC-3.
        return (b[at + 5] ?? 0) >> 3 > 10 ? "eac3" : "ac3";
    }
    if (magic === "ADIF")
        return "adif";
    if (magic === "MAC ")
        return "ape";
    if (magic === "wvpk")
        return "wavpack";
    if (magic === "MPCK" || (0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, at, 3) === "MP+")
        return "musepack";
    if (magic === "DSD ")
        return "dsf";
    if (magic === "FRM8" && (0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, at + 12, 4) === "DSD ")
        return "dsdiff";
    const brands = at === 0 ? ftypBrands(b) : undefined;
    if (brands !== undefined && /^3g2/.test(brands[0] ?? ""))
        return "3g2";
    if (brands !== undefined && /^3g[a-z]/.test(brands[0] ?? ""))
        return "3gp";
    return undefined;
}
/** WebM or another Matroska file, by the EBML header's DocType, which comes in its first bytes. */
function ebmlDocType(b, at) {
    const header = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, at, Math.min(64, b.length - at));
    return header.includes("webm") ? "webm" : "matroska";
}
function isRiff(b, form) {
    return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, 0, 4) === "RIFF" && (0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, 8, 4) === form;
}
/** The major and compatible brands of an ISO BMFF `ftyp` box at the start, if there is one. */
function ftypBrands(b) {
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, 4, 4) !== "ftyp")
        return undefined;
    const boxSize = new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(0);
    const end = Math.min(b.length, boxSize);
    const brands = [(0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, 8, 4)];
    for (let at = 16; at + 4 <= end; at += 4)
        brands.push((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, at, 4));
    return brands;
}
function isAudioMp4(b) {
    const brands = ftypBrands(b);
    return brands !== undefined && AUDIO_BRANDS.has(brands[0] ?? "");
}
function pictureTypeOf(b) {
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .startsWithBytes */ .H6)(b, 0, [0xff, 0xd8, 0xff]))
        return "jpeg";
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .startsWithBytes */ .H6)(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
        return "png";
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, 0, 6) === "GIF87a" || (0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, 0, 6) === "GIF89a")
        return "gif";
    if (isRiff(b, "WEBP"))
        return "webp";
    return undefined;
}
function describeContent(b, options = {}) {
    const quote = options.quoteBytes ?? true;
    const audio = audioTypeOf(b);
    if (audio !== undefined) {
        const either = audio === "webm" || audio === "matroska" ? " or video" : "";
        return `${_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMAT_NAMES */ .BU[audio] ?? _formats_js__WEBPACK_IMPORTED_MODULE_0__/* .UNSUPPORTED_AUDIO */ .TX[audio] ?? audio} audio${either}`;
    }
    const picture = pictureTypeOf(b);
    if (picture !== undefined)
        return `a ${_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMAT_NAMES */ .BU[picture] ?? picture} picture`;
    return (describeOtherBinary(b, quote) ??
        describeText(b) ??
        (quote ? `unrecognised data (it starts with bytes ${hexPrefix(b)})` : "unrecognised data"));
}
function describeOtherBinary(b, quote) {
    const brands = ftypBrands(b);
    if (brands !== undefined) {
        const major = brands[0] ?? "";
        if (PICTURE_BRANDS.has(major))
            return "a HEIF/AVIF picture";
        if (major === "qt  ")
            return "a QuickTime video";
        return quote ? `an MP4 file of brand \`${major.trim()}\`` : "an MP4 file";
    }
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, 0, 5) === "%PDF-")
        return "a PDF document";
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .startsWithBytes */ .H6)(b, 0, [0x50, 0x4b, 0x03, 0x04]))
        return "a ZIP archive";
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .startsWithBytes */ .H6)(b, 0, [0x1f, 0x8b]))
        return "a gzip archive";
    if (isRiff(b, "AVI "))
        return "an AVI video";
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, 0, 2) === "BM" && b.length >= 14)
        return "a BMP picture";
    if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, 0, 4) === "II*\0" || (0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ascii */ .a)(b, 0, 4) === "MM\0*")
        return "a TIFF picture";
    return undefined;
}
function describeText(b) {
    const text = decodeText(b);
    if (text === undefined)
        return undefined;
    const start = text.trimStart().slice(0, 1024).toLowerCase();
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.includes("<html")) {
        return "an HTML page (a download page or an error page, not the file itself)";
    }
    if (start.startsWith("<?xml"))
        return "an XML document (often a server's error message)";
    if (start.startsWith("{") || start.startsWith("["))
        return "JSON text";
    return start.length === 0 ? "blank text" : "text";
}
/** The bytes as UTF-8 text, or undefined when they are binary. */
function decodeText(b) {
    const withoutBom = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .startsWithBytes */ .H6)(b, 0, [0xef, 0xbb, 0xbf]) ? b.subarray(3) : b;
    // The head may end inside a multi-byte character: allow up to three bytes to be cut off.
    for (let cut = 0; cut <= Math.min(3, withoutBom.length); cut++) {
        try {
            const text = new TextDecoder("utf-8", { fatal: true }).decode(withoutBom.subarray(0, withoutBom.length - cut));
            return hasBinaryControl(text) ? undefined : text;
        }
        catch {
            continue;
        }
    }
    return undefined;
}
/** Control characters other than tab, newlines and form feed, which text files never hold. */
function hasBinaryControl(text) {
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if ((code < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(code)) || code === 0x7f)
            return true;
    }
    return false;
}
function hexPrefix(b) {
    const bytes = Array.from(b.subarray(0, 8), (x) => x.toString(16).padStart(2, "0"));
    return bytes.length === 0 ? "(none)" : bytes.join(" ");
}


/***/ })

};
