import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 680:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { parseContentType } = __nccwpck_require__(313);

function getInstance(cfg) {
  const headers = cfg.headers;
  const conType = parseContentType(headers['content-type']);
  if (!conType)
    throw new Error('Malformed content type');

  for (const type of TYPES) {
    const matched = type.detect(conType);
    if (!matched)
      continue;

    const instanceCfg = {
      limits: cfg.limits,
      headers,
      conType,
      highWaterMark: undefined,
      fileHwm: undefined,
      defCharset: undefined,
      defParamCharset: undefined,
      preservePath: false,
    };
    if (cfg.highWaterMark)
      instanceCfg.highWaterMark = cfg.highWaterMark;
    if (cfg.fileHwm)
      instanceCfg.fileHwm = cfg.fileHwm;
    instanceCfg.defCharset = cfg.defCharset;
    instanceCfg.defParamCharset = cfg.defParamCharset;
    instanceCfg.preservePath = cfg.preservePath;
    return new type(instanceCfg);
  }

  throw new Error(`Unsupported content type: ${headers['content-type']}`);
}

// Note: types are explicitly listed here for easier bundling
// See: https://github.com/mscdex/busboy/issues/121
const TYPES = [
  __nccwpck_require__(894),
  __nccwpck_require__(261),
].filter(function(typemod) { return typeof typemod.detect === 'function'; });

module.exports = (cfg) => {
  if (typeof cfg !== 'object' || cfg === null)
    cfg = {};

  if (typeof cfg.headers !== 'object'
      || cfg.headers === null
      || typeof cfg.headers['content-type'] !== 'string') {
    throw new Error('Missing Content-Type');
  }

  return getInstance(cfg);
};


/***/ }),

/***/ 894:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { Readable, Writable } = __nccwpck_require__(203);

const StreamSearch = __nccwpck_require__(26);

const {
  basename,
  convertToUTF8,
  getDecoder,
  parseContentType,
  parseDisposition,
} = __nccwpck_require__(313);

const BUF_CRLF = Buffer.from('\r\n');
const BUF_CR = Buffer.from('\r');
const BUF_DASH = Buffer.from('-');

function noop() {}

const MAX_HEADER_PAIRS = 2000; // From node
const MAX_HEADER_SIZE = 16 * 1024; // From node (its default value)

const HPARSER_NAME = 0;
const HPARSER_PRE_OWS = 1;
const HPARSER_VALUE = 2;
class HeaderParser {
  constructor(cb) {
    this.header = Object.create(null);
    this.pairCount = 0;
    this.byteCount = 0;
    this.state = HPARSER_NAME;
    this.name = '';
    this.value = '';
    this.crlf = 0;
    this.cb = cb;
  }

  reset() {
    this.header = Object.create(null);
    this.pairCount = 0;
    this.byteCount = 0;
    this.state = HPARSER_NAME;
    this.name = '';
    this.value = '';
    this.crlf = 0;
  }

  push(chunk, pos, end) {
    let start = pos;
    while (pos < end) {
      switch (this.state) {
        case HPARSER_NAME: {
          let done = false;
          for (; pos < end; ++pos) {
            if (this.byteCount === MAX_HEADER_SIZE)
              return -1;
            ++this.byteCount;
            const code = chunk[pos];
            if (TOKEN[code] !== 1) {
              if (code !== 58/* ':' */)
                return -1;
              this.name += chunk.latin1Slice(start, pos);
              if (this.name.length === 0)
                return -1;
              ++pos;
              done = true;
              this.state = HPARSER_PRE_OWS;
              break;
            }
          }
          if (!done) {
            this.name += chunk.latin1Slice(start, pos);
            break;
          }
          // FALLTHROUGH
        }
        case HPARSER_PRE_OWS: {
          // Skip optional whitespace
          let done = false;
          for (; pos < end; ++pos) {
            if (this.byteCount === MAX_HEADER_SIZE)
              return -1;
            ++this.byteCount;
            const code = chunk[pos];
            if (code !== 32/* ' ' */ && code !== 9/* '\t' */) {
              start = pos;
              done = true;
              this.state = HPARSER_VALUE;
              break;
            }
          }
          if (!done)
            break;
          // FALLTHROUGH
        }
        case HPARSER_VALUE:
          switch (this.crlf) {
            case 0: // Nothing yet
              for (; pos < end; ++pos) {
                if (this.byteCount === MAX_HEADER_SIZE)
                  return -1;
                ++this.byteCount;
                const code = chunk[pos];
                if (FIELD_VCHAR[code] !== 1) {
                  if (code !== 13/* '\r' */)
                    return -1;
                  ++this.crlf;
                  break;
                }
              }
              this.value += chunk.latin1Slice(start, pos++);
              break;
            case 1: // Received CR
              if (this.byteCount === MAX_HEADER_SIZE)
                return -1;
              ++this.byteCount;
              if (chunk[pos++] !== 10/* '\n' */)
                return -1;
              ++this.crlf;
              break;
            case 2: { // Received CR LF
              if (this.byteCount === MAX_HEADER_SIZE)
                return -1;
              ++this.byteCount;
              const code = chunk[pos];
              if (code === 32/* ' ' */ || code === 9/* '\t' */) {
                // Folded value
                start = pos;
                this.crlf = 0;
              } else {
                if (++this.pairCount < MAX_HEADER_PAIRS) {
                  this.name = this.name.toLowerCase();
                  if (this.header[this.name] === undefined)
                    this.header[this.name] = [this.value];
                  else
                    this.header[this.name].push(this.value);
                }
                if (code === 13/* '\r' */) {
                  ++this.crlf;
                  ++pos;
                } else {
                  // Assume start of next header field name
                  start = pos;
                  this.crlf = 0;
                  this.state = HPARSER_NAME;
                  this.name = '';
                  this.value = '';
                }
              }
              break;
            }
            case 3: { // Received CR LF CR
              if (this.byteCount === MAX_HEADER_SIZE)
                return -1;
              ++this.byteCount;
              if (chunk[pos++] !== 10/* '\n' */)
                return -1;
              // End of header
              const header = this.header;
              this.reset();
              this.cb(header);
              return pos;
            }
          }
          break;
      }
    }

    return pos;
  }
}

class FileStream extends Readable {
  constructor(opts, owner) {
    super(opts);
    this.truncated = false;
    this._readcb = null;
    this.once('end', () => {
      // We need to make sure that we call any outstanding _writecb() that is
      // associated with this file so that processing of the rest of the form
      // can continue. This may not happen if the file stream ends right after
      // backpressure kicks in, so we force it here.
      this._read();
      if (--owner._fileEndsLeft === 0 && owner._finalcb) {
        const cb = owner._finalcb;
        owner._finalcb = null;
        // Make sure other 'end' event handlers get a chance to be executed
        // before busboy's 'finish' event is emitted
        process.nextTick(cb);
      }
    });
  }
  _read(n) {
    const cb = this._readcb;
    if (cb) {
      this._readcb = null;
      cb();
    }
  }
}

const ignoreData = {
  push: (chunk, pos) => {},
  destroy: () => {},
};

function callAndUnsetCb(self, err) {
  const cb = self._writecb;
  self._writecb = null;
  if (err)
    self.destroy(err);
  else if (cb)
    cb();
}

function nullDecoder(val, hint) {
  return val;
}

class Multipart extends Writable {
  constructor(cfg) {
    const streamOpts = {
      autoDestroy: true,
      emitClose: true,
      highWaterMark: (typeof cfg.highWaterMark === 'number'
                      ? cfg.highWaterMark
                      : undefined),
    };
    super(streamOpts);

    if (!cfg.conType.params || typeof cfg.conType.params.boundary !== 'string')
      throw new Error('Multipart: Boundary not found');

    const boundary = cfg.conType.params.boundary;
    const paramDecoder = (typeof cfg.defParamCharset === 'string'
                            && cfg.defParamCharset
                          ? getDecoder(cfg.defParamCharset)
                          : nullDecoder);
    const defCharset = (cfg.defCharset || 'utf8');
    const preservePath = cfg.preservePath;
    const fileOpts = {
      autoDestroy: true,
      emitClose: true,
      highWaterMark: (typeof cfg.fileHwm === 'number'
                      ? cfg.fileHwm
                      : undefined),
    };

    const limits = cfg.limits;
    const fieldSizeLimit = (limits && typeof limits.fieldSize === 'number'
                            ? limits.fieldSize
                            : 1 * 1024 * 1024);
    const fileSizeLimit = (limits && typeof limits.fileSize === 'number'
                           ? limits.fileSize
                           : Infinity);
    const filesLimit = (limits && typeof limits.files === 'number'
                        ? limits.files
                        : Infinity);
    const fieldsLimit = (limits && typeof limits.fields === 'number'
                         ? limits.fields
                         : Infinity);
    const partsLimit = (limits && typeof limits.parts === 'number'
                        ? limits.parts
                        : Infinity);

    let parts = -1; // Account for initial boundary
    let fields = 0;
    let files = 0;
    let skipPart = false;

    this._fileEndsLeft = 0;
    this._fileStream = undefined;
    this._complete = false;
    let fileSize = 0;

    let field;
    let fieldSize = 0;
    let partCharset;
    let partEncoding;
    let partType;
    let partName;
    let partTruncated = false;

    let hitFilesLimit = false;
    let hitFieldsLimit = false;

    this._hparser = null;
    const hparser = new HeaderParser((header) => {
      this._hparser = null;
      skipPart = false;

      partType = 'text/plain';
      partCharset = defCharset;
      partEncoding = '7bit';
      partName = undefined;
      partTruncated = false;

      let filename;
      if (!header['content-disposition']) {
        skipPart = true;
        return;
      }

      const disp = parseDisposition(header['content-disposition'][0],
                                    paramDecoder);
      if (!disp || disp.type !== 'form-data') {
        skipPart = true;
        return;
      }

      if (disp.params) {
        if (disp.params.name)
          partName = disp.params.name;

        if (disp.params['filename*'])
          filename = disp.params['filename*'];
        else if (disp.params.filename)
          filename = disp.params.filename;

        if (filename !== undefined && !preservePath)
          filename = basename(filename);
      }

      if (header['content-type']) {
        const conType = parseContentType(header['content-type'][0]);
        if (conType) {
          partType = `${conType.type}/${conType.subtype}`;
          if (conType.params && typeof conType.params.charset === 'string')
            partCharset = conType.params.charset.toLowerCase();
        }
      }

      if (header['content-transfer-encoding'])
        partEncoding = header['content-transfer-encoding'][0].toLowerCase();

      if (partType === 'application/octet-stream' || filename !== undefined) {
        // File

        if (files === filesLimit) {
          if (!hitFilesLimit) {
            hitFilesLimit = true;
            this.emit('filesLimit');
          }
          skipPart = true;
          return;
        }
        ++files;

        if (this.listenerCount('file') === 0) {
          skipPart = true;
          return;
        }

        fileSize = 0;
        this._fileStream = new FileStream(fileOpts, this);
        ++this._fileEndsLeft;
        this.emit(
          'file',
          partName,
          this._fileStream,
          { filename,
            encoding: partEncoding,
            mimeType: partType }
        );
      } else {
        // Non-file

        if (fields === fieldsLimit) {
          if (!hitFieldsLimit) {
            hitFieldsLimit = true;
            this.emit('fieldsLimit');
          }
          skipPart = true;
          return;
        }
        ++fields;

        if (this.listenerCount('field') === 0) {
          skipPart = true;
          return;
        }

        field = [];
        fieldSize = 0;
      }
    });

    let matchPostBoundary = 0;
    const ssCb = (isMatch, data, start, end, isDataSafe) => {
retrydata:
      while (data) {
        if (this._hparser !== null) {
          const ret = this._hparser.push(data, start, end);
          if (ret === -1) {
            this._hparser = null;
            hparser.reset();
            this.emit('error', new Error('Malformed part header'));
            break;
          }
          start = ret;
        }

        if (start === end)
          break;

        if (matchPostBoundary !== 0) {
          if (matchPostBoundary === 1) {
            switch (data[start]) {
              case 45: // '-'
                // Try matching '--' after boundary
                matchPostBoundary = 2;
                ++start;
                break;
              case 13: // '\r'
                // Try matching CR LF before header
                matchPostBoundary = 3;
                ++start;
                break;
              default:
                matchPostBoundary = 0;
            }
            if (start === end)
              return;
          }

          if (matchPostBoundary === 2) {
            matchPostBoundary = 0;
            if (data[start] === 45/* '-' */) {
              // End of multipart data
              this._complete = true;
              this._bparser = ignoreData;
              return;
            }
            // We saw something other than '-', so put the dash we consumed
            // "back"
            const writecb = this._writecb;
            this._writecb = noop;
            ssCb(false, BUF_DASH, 0, 1, false);
            this._writecb = writecb;
          } else if (matchPostBoundary === 3) {
            matchPostBoundary = 0;
            if (data[start] === 10/* '\n' */) {
              ++start;
              if (parts >= partsLimit)
                break;
              // Prepare the header parser
              this._hparser = hparser;
              if (start === end)
                break;
              // Process the remaining data as a header
              continue retrydata;
            } else {
              // We saw something other than LF, so put the CR we consumed
              // "back"
              const writecb = this._writecb;
              this._writecb = noop;
              ssCb(false, BUF_CR, 0, 1, false);
              this._writecb = writecb;
            }
          }
        }

        if (!skipPart) {
          if (this._fileStream) {
            let chunk;
            const actualLen = Math.min(end - start, fileSizeLimit - fileSize);
            if (!isDataSafe) {
              chunk = Buffer.allocUnsafe(actualLen);
              data.copy(chunk, 0, start, start + actualLen);
            } else {
              chunk = data.slice(start, start + actualLen);
            }

            fileSize += chunk.length;
            if (fileSize === fileSizeLimit) {
              if (chunk.length > 0)
                this._fileStream.push(chunk);
              this._fileStream.emit('limit');
              this._fileStream.truncated = true;
              skipPart = true;
            } else if (!this._fileStream.push(chunk)) {
              if (this._writecb)
                this._fileStream._readcb = this._writecb;
              this._writecb = null;
            }
          } else if (field !== undefined) {
            let chunk;
            const actualLen = Math.min(
              end - start,
              fieldSizeLimit - fieldSize
            );
            if (!isDataSafe) {
              chunk = Buffer.allocUnsafe(actualLen);
              data.copy(chunk, 0, start, start + actualLen);
            } else {
              chunk = data.slice(start, start + actualLen);
            }

            fieldSize += actualLen;
            field.push(chunk);
            if (fieldSize === fieldSizeLimit) {
              skipPart = true;
              partTruncated = true;
            }
          }
        }

        break;
      }

      if (isMatch) {
        matchPostBoundary = 1;

        if (this._fileStream) {
          // End the active file stream if the previous part was a file
          this._fileStream.push(null);
          this._fileStream = null;
        } else if (field !== undefined) {
          let data;
          switch (field.length) {
            case 0:
              data = '';
              break;
            case 1:
              data = convertToUTF8(field[0], partCharset, 0);
              break;
            default:
              data = convertToUTF8(
                Buffer.concat(field, fieldSize),
                partCharset,
                0
              );
          }
          field = undefined;
          fieldSize = 0;
          this.emit(
            'field',
            partName,
            data,
            { nameTruncated: false,
              valueTruncated: partTruncated,
              encoding: partEncoding,
              mimeType: partType }
          );
        }

        if (++parts === partsLimit)
          this.emit('partsLimit');
      }
    };
    this._bparser = new StreamSearch(`\r\n--${boundary}`, ssCb);

    this._writecb = null;
    this._finalcb = null;

    // Just in case there is no preamble
    this.write(BUF_CRLF);
  }

  static detect(conType) {
    return (conType.type === 'multipart' && conType.subtype === 'form-data');
  }

  _write(chunk, enc, cb) {
    this._writecb = cb;
    this._bparser.push(chunk, 0);
    if (this._writecb)
      callAndUnsetCb(this);
  }

  _destroy(err, cb) {
    this._hparser = null;
    this._bparser = ignoreData;
    if (!err)
      err = checkEndState(this);
    const fileStream = this._fileStream;
    if (fileStream) {
      this._fileStream = null;
      fileStream.destroy(err);
    }
    cb(err);
  }

  _final(cb) {
    this._bparser.destroy();
    if (!this._complete)
      return cb(new Error('Unexpected end of form'));
    if (this._fileEndsLeft)
      this._finalcb = finalcb.bind(null, this, cb);
    else
      finalcb(this, cb);
  }
}

function finalcb(self, cb, err) {
  if (err)
    return cb(err);
  err = checkEndState(self);
  cb(err);
}

function checkEndState(self) {
  if (self._hparser)
    return new Error('Malformed part header');
  const fileStream = self._fileStream;
  if (fileStream) {
    self._fileStream = null;
    fileStream.destroy(new Error('Unexpected end of file'));
  }
  if (!self._complete)
    return new Error('Unexpected end of form');
}

const TOKEN = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];

const FIELD_VCHAR = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
];

module.exports = Multipart;


/***/ }),

/***/ 261:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { Writable } = __nccwpck_require__(203);

const { getDecoder } = __nccwpck_require__(313);

class URLEncoded extends Writable {
  constructor(cfg) {
    const streamOpts = {
      autoDestroy: true,
      emitClose: true,
      highWaterMark: (typeof cfg.highWaterMark === 'number'
                      ? cfg.highWaterMark
                      : undefined),
    };
    super(streamOpts);

    let charset = (cfg.defCharset || 'utf8');
    if (cfg.conType.params && typeof cfg.conType.params.charset === 'string')
      charset = cfg.conType.params.charset;

    this.charset = charset;

    const limits = cfg.limits;
    this.fieldSizeLimit = (limits && typeof limits.fieldSize === 'number'
                           ? limits.fieldSize
                           : 1 * 1024 * 1024);
    this.fieldsLimit = (limits && typeof limits.fields === 'number'
                        ? limits.fields
                        : Infinity);
    this.fieldNameSizeLimit = (
      limits && typeof limits.fieldNameSize === 'number'
      ? limits.fieldNameSize
      : 100
    );

    this._inKey = true;
    this._keyTrunc = false;
    this._valTrunc = false;
    this._bytesKey = 0;
    this._bytesVal = 0;
    this._fields = 0;
    this._key = '';
    this._val = '';
    this._byte = -2;
    this._lastPos = 0;
    this._encode = 0;
    this._decoder = getDecoder(charset);
  }

  static detect(conType) {
    return (conType.type === 'application'
            && conType.subtype === 'x-www-form-urlencoded');
  }

  _write(chunk, enc, cb) {
    if (this._fields >= this.fieldsLimit)
      return cb();

    let i = 0;
    const len = chunk.length;
    this._lastPos = 0;

    // Check if we last ended mid-percent-encoded byte
    if (this._byte !== -2) {
      i = readPctEnc(this, chunk, i, len);
      if (i === -1)
        return cb(new Error('Malformed urlencoded form'));
      if (i >= len)
        return cb();
      if (this._inKey)
        ++this._bytesKey;
      else
        ++this._bytesVal;
    }

main:
    while (i < len) {
      if (this._inKey) {
        // Parsing key

        i = skipKeyBytes(this, chunk, i, len);

        while (i < len) {
          switch (chunk[i]) {
            case 61: // '='
              if (this._lastPos < i)
                this._key += chunk.latin1Slice(this._lastPos, i);
              this._lastPos = ++i;
              this._key = this._decoder(this._key, this._encode);
              this._encode = 0;
              this._inKey = false;
              continue main;
            case 38: // '&'
              if (this._lastPos < i)
                this._key += chunk.latin1Slice(this._lastPos, i);
              this._lastPos = ++i;
              this._key = this._decoder(this._key, this._encode);
              this._encode = 0;
              if (this._bytesKey > 0) {
                this.emit(
                  'field',
                  this._key,
                  '',
                  { nameTruncated: this._keyTrunc,
                    valueTruncated: false,
                    encoding: this.charset,
                    mimeType: 'text/plain' }
                );
              }
              this._key = '';
              this._val = '';
              this._keyTrunc = false;
              this._valTrunc = false;
              this._bytesKey = 0;
              this._bytesVal = 0;
              if (++this._fields >= this.fieldsLimit) {
                this.emit('fieldsLimit');
                return cb();
              }
              continue;
            case 43: // '+'
              if (this._lastPos < i)
                this._key += chunk.latin1Slice(this._lastPos, i);
              this._key += ' ';
              this._lastPos = i + 1;
              break;
            case 37: // '%'
              if (this._encode === 0)
                this._encode = 1;
              if (this._lastPos < i)
                this._key += chunk.latin1Slice(this._lastPos, i);
              this._lastPos = i + 1;
              this._byte = -1;
              i = readPctEnc(this, chunk, i + 1, len);
              if (i === -1)
                return cb(new Error('Malformed urlencoded form'));
              if (i >= len)
                return cb();
              ++this._bytesKey;
              i = skipKeyBytes(this, chunk, i, len);
              continue;
          }
          ++i;
          ++this._bytesKey;
          i = skipKeyBytes(this, chunk, i, len);
        }
        if (this._lastPos < i)
          this._key += chunk.latin1Slice(this._lastPos, i);
      } else {
        // Parsing value

        i = skipValBytes(this, chunk, i, len);

        while (i < len) {
          switch (chunk[i]) {
            case 38: // '&'
              if (this._lastPos < i)
                this._val += chunk.latin1Slice(this._lastPos, i);
              this._lastPos = ++i;
              this._inKey = true;
              this._val = this._decoder(this._val, this._encode);
              this._encode = 0;
              if (this._bytesKey > 0 || this._bytesVal > 0) {
                this.emit(
                  'field',
                  this._key,
                  this._val,
                  { nameTruncated: this._keyTrunc,
                    valueTruncated: this._valTrunc,
                    encoding: this.charset,
                    mimeType: 'text/plain' }
                );
              }
              this._key = '';
              this._val = '';
              this._keyTrunc = false;
              this._valTrunc = false;
              this._bytesKey = 0;
              this._bytesVal = 0;
              if (++this._fields >= this.fieldsLimit) {
                this.emit('fieldsLimit');
                return cb();
              }
              continue main;
            case 43: // '+'
              if (this._lastPos < i)
                this._val += chunk.latin1Slice(this._lastPos, i);
              this._val += ' ';
              this._lastPos = i + 1;
              break;
            case 37: // '%'
              if (this._encode === 0)
                this._encode = 1;
              if (this._lastPos < i)
                this._val += chunk.latin1Slice(this._lastPos, i);
              this._lastPos = i + 1;
              this._byte = -1;
              i = readPctEnc(this, chunk, i + 1, len);
              if (i === -1)
                return cb(new Error('Malformed urlencoded form'));
              if (i >= len)
                return cb();
              ++this._bytesVal;
              i = skipValBytes(this, chunk, i, len);
              continue;
          }
          ++i;
          ++this._bytesVal;
          i = skipValBytes(this, chunk, i, len);
        }
        if (this._lastPos < i)
          this._val += chunk.latin1Slice(this._lastPos, i);
      }
    }

    cb();
  }

  _final(cb) {
    if (this._byte !== -2)
      return cb(new Error('Malformed urlencoded form'));
    if (!this._inKey || this._bytesKey > 0 || this._bytesVal > 0) {
      if (this._inKey)
        this._key = this._decoder(this._key, this._encode);
      else
        this._val = this._decoder(this._val, this._encode);
      this.emit(
        'field',
        this._key,
        this._val,
        { nameTruncated: this._keyTrunc,
          valueTruncated: this._valTrunc,
          encoding: this.charset,
          mimeType: 'text/plain' }
      );
    }
    cb();
  }
}

function readPctEnc(self, chunk, pos, len) {
  if (pos >= len)
    return len;

  if (self._byte === -1) {
    // We saw a '%' but no hex characters yet
    const hexUpper = HEX_VALUES[chunk[pos++]];
    if (hexUpper === -1)
      return -1;

    if (hexUpper >= 8)
      self._encode = 2; // Indicate high bits detected

    if (pos < len) {
      // Both hex characters are in this chunk
      const hexLower = HEX_VALUES[chunk[pos++]];
      if (hexLower === -1)
        return -1;

      if (self._inKey)
        self._key += String.fromCharCode((hexUpper << 4) + hexLower);
      else
        self._val += String.fromCharCode((hexUpper << 4) + hexLower);

      self._byte = -2;
      self._lastPos = pos;
    } else {
      // Only one hex character was available in this chunk
      self._byte = hexUpper;
    }
  } else {
    // We saw only one hex character so far
    const hexLower = HEX_VALUES[chunk[pos++]];
    if (hexLower === -1)
      return -1;

    if (self._inKey)
      self._key += String.fromCharCode((self._byte << 4) + hexLower);
    else
      self._val += String.fromCharCode((self._byte << 4) + hexLower);

    self._byte = -2;
    self._lastPos = pos;
  }

  return pos;
}

function skipKeyBytes(self, chunk, pos, len) {
  // Skip bytes if we've truncated
  if (self._bytesKey > self.fieldNameSizeLimit) {
    if (!self._keyTrunc) {
      if (self._lastPos < pos)
        self._key += chunk.latin1Slice(self._lastPos, pos - 1);
    }
    self._keyTrunc = true;
    for (; pos < len; ++pos) {
      const code = chunk[pos];
      if (code === 61/* '=' */ || code === 38/* '&' */)
        break;
      ++self._bytesKey;
    }
    self._lastPos = pos;
  }

  return pos;
}

function skipValBytes(self, chunk, pos, len) {
  // Skip bytes if we've truncated
  if (self._bytesVal > self.fieldSizeLimit) {
    if (!self._valTrunc) {
      if (self._lastPos < pos)
        self._val += chunk.latin1Slice(self._lastPos, pos - 1);
    }
    self._valTrunc = true;
    for (; pos < len; ++pos) {
      if (chunk[pos] === 38/* '&' */)
        break;
      ++self._bytesVal;
    }
    self._lastPos = pos;
  }

  return pos;
}

/* eslint-disable no-multi-spaces */
const HEX_VALUES = [
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, -1, -1, -1, -1, -1, -1,
  -1, 10, 11, 12, 13, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, 10, 11, 12, 13, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
];
/* eslint-enable no-multi-spaces */

module.exports = URLEncoded;


/***/ }),

/***/ 313:
/***/ (function(module) {



function parseContentType(str) {
  if (str.length === 0)
    return;

  const params = Object.create(null);
  let i = 0;

  // Parse type
  for (; i < str.length; ++i) {
    const code = str.charCodeAt(i);
    if (TOKEN[code] !== 1) {
      if (code !== 47/* '/' */ || i === 0)
        return;
      break;
    }
  }
  // Check for type without subtype
  if (i === str.length)
    return;

  const type = str.slice(0, i).toLowerCase();

  // Parse subtype
  const subtypeStart = ++i;
  for (; i < str.length; ++i) {
    const code = str.charCodeAt(i);
    if (TOKEN[code] !== 1) {
      // Make sure we have a subtype
      if (i === subtypeStart)
        return;

      if (parseContentTypeParams(str, i, params) === undefined)
        return;
      break;
    }
  }
  // Make sure we have a subtype
  if (i === subtypeStart)
    return;

  const subtype = str.slice(subtypeStart, i).toLowerCase();

  return { type, subtype, params };
}

function parseContentTypeParams(str, i, params) {
  while (i < str.length) {
    // Consume whitespace
    for (; i < str.length; ++i) {
      const code = str.charCodeAt(i);
      if (code !== 32/* ' ' */ && code !== 9/* '\t' */)
        break;
    }

    // Ended on whitespace
    if (i === str.length)
      break;

    // Check for malformed parameter
    if (str.charCodeAt(i++) !== 59/* ';' */)
      return;

    // Consume whitespace
    for (; i < str.length; ++i) {
      const code = str.charCodeAt(i);
      if (code !== 32/* ' ' */ && code !== 9/* '\t' */)
        break;
    }

    // Ended on whitespace (malformed)
    if (i === str.length)
      return;

    let name;
    const nameStart = i;
    // Parse parameter name
    for (; i < str.length; ++i) {
      const code = str.charCodeAt(i);
      if (TOKEN[code] !== 1) {
        if (code !== 61/* '=' */)
          return;
        break;
      }
    }

    // No value (malformed)
    if (i === str.length)
      return;

    name = str.slice(nameStart, i);
    ++i; // Skip over '='

    // No value (malformed)
    if (i === str.length)
      return;

    let value = '';
    let valueStart;
    if (str.charCodeAt(i) === 34/* '"' */) {
      valueStart = ++i;
      let escaping = false;
      // Parse quoted value
      for (; i < str.length; ++i) {
        const code = str.charCodeAt(i);
        if (code === 92/* '\\' */) {
          if (escaping) {
            valueStart = i;
            escaping = false;
          } else {
            value += str.slice(valueStart, i);
            escaping = true;
          }
          continue;
        }
        if (code === 34/* '"' */) {
          if (escaping) {
            valueStart = i;
            escaping = false;
            continue;
          }
          value += str.slice(valueStart, i);
          break;
        }
        if (escaping) {
          valueStart = i - 1;
          escaping = false;
        }
        // Invalid unescaped quoted character (malformed)
        if (QDTEXT[code] !== 1)
          return;
      }

      // No end quote (malformed)
      if (i === str.length)
        return;

      ++i; // Skip over double quote
    } else {
      valueStart = i;
      // Parse unquoted value
      for (; i < str.length; ++i) {
        const code = str.charCodeAt(i);
        if (TOKEN[code] !== 1) {
          // No value (malformed)
          if (i === valueStart)
            return;
          break;
        }
      }
      value = str.slice(valueStart, i);
    }

    name = name.toLowerCase();
    if (params[name] === undefined)
      params[name] = value;
  }

  return params;
}

function parseDisposition(str, defDecoder) {
  if (str.length === 0)
    return;

  const params = Object.create(null);
  let i = 0;

  for (; i < str.length; ++i) {
    const code = str.charCodeAt(i);
    if (TOKEN[code] !== 1) {
      if (parseDispositionParams(str, i, params, defDecoder) === undefined)
        return;
      break;
    }
  }

  const type = str.slice(0, i).toLowerCase();

  return { type, params };
}

function parseDispositionParams(str, i, params, defDecoder) {
  while (i < str.length) {
    // Consume whitespace
    for (; i < str.length; ++i) {
      const code = str.charCodeAt(i);
      if (code !== 32/* ' ' */ && code !== 9/* '\t' */)
        break;
    }

    // Ended on whitespace
    if (i === str.length)
      break;

    // Check for malformed parameter
    if (str.charCodeAt(i++) !== 59/* ';' */)
      return;

    // Consume whitespace
    for (; i < str.length; ++i) {
      const code = str.charCodeAt(i);
      if (code !== 32/* ' ' */ && code !== 9/* '\t' */)
        break;
    }

    // Ended on whitespace (malformed)
    if (i === str.length)
      return;

    let name;
    const nameStart = i;
    // Parse parameter name
    for (; i < str.length; ++i) {
      const code = str.charCodeAt(i);
      if (TOKEN[code] !== 1) {
        if (code === 61/* '=' */)
          break;
        return;
      }
    }

    // No value (malformed)
    if (i === str.length)
      return;

    let value = '';
    let valueStart;
    let charset;
    //~ let lang;
    name = str.slice(nameStart, i);
    if (name.charCodeAt(name.length - 1) === 42/* '*' */) {
      // Extended value

      const charsetStart = ++i;
      // Parse charset name
      for (; i < str.length; ++i) {
        const code = str.charCodeAt(i);
        if (CHARSET[code] !== 1) {
          if (code !== 39/* '\'' */)
            return;
          break;
        }
      }

      // Incomplete charset (malformed)
      if (i === str.length)
        return;

      charset = str.slice(charsetStart, i);
      ++i; // Skip over the '\''

      //~ const langStart = ++i;
      // Parse language name
      for (; i < str.length; ++i) {
        const code = str.charCodeAt(i);
        if (code === 39/* '\'' */)
          break;
      }

      // Incomplete language (malformed)
      if (i === str.length)
        return;

      //~ lang = str.slice(langStart, i);
      ++i; // Skip over the '\''

      // No value (malformed)
      if (i === str.length)
        return;

      valueStart = i;

      let encode = 0;
      // Parse value
      for (; i < str.length; ++i) {
        const code = str.charCodeAt(i);
        if (EXTENDED_VALUE[code] !== 1) {
          if (code === 37/* '%' */) {
            let hexUpper;
            let hexLower;
            if (i + 2 < str.length
                && (hexUpper = HEX_VALUES[str.charCodeAt(i + 1)]) !== -1
                && (hexLower = HEX_VALUES[str.charCodeAt(i + 2)]) !== -1) {
              const byteVal = (hexUpper << 4) + hexLower;
              value += str.slice(valueStart, i);
              value += String.fromCharCode(byteVal);
              i += 2;
              valueStart = i + 1;
              if (byteVal >= 128)
                encode = 2;
              else if (encode === 0)
                encode = 1;
              continue;
            }
            // '%' disallowed in non-percent encoded contexts (malformed)
            return;
          }
          break;
        }
      }

      value += str.slice(valueStart, i);
      value = convertToUTF8(value, charset, encode);
      if (value === undefined)
        return;
    } else {
      // Non-extended value

      ++i; // Skip over '='

      // No value (malformed)
      if (i === str.length)
        return;

      if (str.charCodeAt(i) === 34/* '"' */) {
        valueStart = ++i;
        let escaping = false;
        // Parse quoted value
        for (; i < str.length; ++i) {
          const code = str.charCodeAt(i);
          if (code === 92/* '\\' */) {
            if (escaping) {
              valueStart = i;
              escaping = false;
            } else {
              value += str.slice(valueStart, i);
              escaping = true;
            }
            continue;
          }
          if (code === 34/* '"' */) {
            if (escaping) {
              valueStart = i;
              escaping = false;
              continue;
            }
            value += str.slice(valueStart, i);
            break;
          }
          if (escaping) {
            valueStart = i - 1;
            escaping = false;
          }
          // Invalid unescaped quoted character (malformed)
          if (QDTEXT[code] !== 1)
            return;
        }

        // No end quote (malformed)
        if (i === str.length)
          return;

        ++i; // Skip over double quote
      } else {
        valueStart = i;
        // Parse unquoted value
        for (; i < str.length; ++i) {
          const code = str.charCodeAt(i);
          if (TOKEN[code] !== 1) {
            // No value (malformed)
            if (i === valueStart)
              return;
            break;
          }
        }
        value = str.slice(valueStart, i);
      }

      value = defDecoder(value, 2);
      if (value === undefined)
        return;
    }

    name = name.toLowerCase();
    if (params[name] === undefined)
      params[name] = value;
  }

  return params;
}

function getDecoder(charset) {
  let lc;
  while (true) {
    switch (charset) {
      case 'utf-8':
      case 'utf8':
        return decoders.utf8;
      case 'latin1':
      case 'ascii': // TODO: Make these a separate, strict decoder?
      case 'us-ascii':
      case 'iso-8859-1':
      case 'iso8859-1':
      case 'iso88591':
      case 'iso_8859-1':
      case 'windows-1252':
      case 'iso_8859-1:1987':
      case 'cp1252':
      case 'x-cp1252':
        return decoders.latin1;
      case 'utf16le':
      case 'utf-16le':
      case 'ucs2':
      case 'ucs-2':
        return decoders.utf16le;
      case 'base64':
        return decoders.base64;
      default:
        if (lc === undefined) {
          lc = true;
          charset = charset.toLowerCase();
          continue;
        }
        return decoders.other.bind(charset);
    }
  }
}

const decoders = {
  utf8: (data, hint) => {
    if (data.length === 0)
      return '';
    if (typeof data === 'string') {
      // If `data` never had any percent-encoded bytes or never had any that
      // were outside of the ASCII range, then we can safely just return the
      // input since UTF-8 is ASCII compatible
      if (hint < 2)
        return data;

      data = Buffer.from(data, 'latin1');
    }
    return data.utf8Slice(0, data.length);
  },

  latin1: (data, hint) => {
    if (data.length === 0)
      return '';
    if (typeof data === 'string')
      return data;
    return data.latin1Slice(0, data.length);
  },

  utf16le: (data, hint) => {
    if (data.length === 0)
      return '';
    if (typeof data === 'string')
      data = Buffer.from(data, 'latin1');
    return data.ucs2Slice(0, data.length);
  },

  base64: (data, hint) => {
    if (data.length === 0)
      return '';
    if (typeof data === 'string')
      data = Buffer.from(data, 'latin1');
    return data.base64Slice(0, data.length);
  },

  other: (data, hint) => {
    if (data.length === 0)
      return '';
    if (typeof data === 'string')
      data = Buffer.from(data, 'latin1');
    try {
      const decoder = new TextDecoder(this);
      return decoder.decode(data);
    } catch {}
  },
};

function convertToUTF8(data, charset, hint) {
  const decode = getDecoder(charset);
  if (decode)
    return decode(data, hint);
}

function basename(path) {
  if (typeof path !== 'string')
    return '';
  for (let i = path.length - 1; i >= 0; --i) {
    switch (path.charCodeAt(i)) {
      case 0x2F: // '/'
      case 0x5C: // '\'
        path = path.slice(i + 1);
        return (path === '..' || path === '.' ? '' : path);
    }
  }
  return (path === '..' || path === '.' ? '' : path);
}

const TOKEN = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];

const QDTEXT = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
];

const CHARSET = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];

const EXTENDED_VALUE = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 0, 1, 1, 0, 1, 0, 0, 0, 0, 1, 0, 1, 1, 0,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];

/* eslint-disable no-multi-spaces */
const HEX_VALUES = [
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, -1, -1, -1, -1, -1, -1,
  -1, 10, 11, 12, 13, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, 10, 11, 12, 13, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
];
/* eslint-enable no-multi-spaces */

module.exports = {
  basename,
  convertToUTF8,
  getDecoder,
  parseContentType,
  parseDisposition,
};


/***/ }),

/***/ 26:
/***/ ((module) => {


/*
  Based heavily on the Streaming Boyer-Moore-Horspool C++ implementation
  by Hongli Lai at: https://github.com/FooBarWidget/boyer-moore-horspool
*/
function memcmp(buf1, pos1, buf2, pos2, num) {
  for (let i = 0; i < num; ++i) {
    if (buf1[pos1 + i] !== buf2[pos2 + i])
      return false;
  }
  return true;
}

class SBMH {
  constructor(needle, cb) {
    if (typeof cb !== 'function')
      throw new Error('Missing match callback');

    if (typeof needle === 'string')
      needle = Buffer.from(needle);
    else if (!Buffer.isBuffer(needle))
      throw new Error(`Expected Buffer for needle, got ${typeof needle}`);

    const needleLen = needle.length;

    this.maxMatches = Infinity;
    this.matches = 0;

    this._cb = cb;
    this._lookbehindSize = 0;
    this._needle = needle;
    this._bufPos = 0;

    this._lookbehind = Buffer.allocUnsafe(needleLen);

    // Initialize occurrence table.
    this._occ = [
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen, needleLen, needleLen,
      needleLen, needleLen, needleLen, needleLen
    ];

    // Populate occurrence table with analysis of the needle, ignoring the last
    // letter.
    if (needleLen > 1) {
      for (let i = 0; i < needleLen - 1; ++i)
        this._occ[needle[i]] = needleLen - 1 - i;
    }
  }

  reset() {
    this.matches = 0;
    this._lookbehindSize = 0;
    this._bufPos = 0;
  }

  push(chunk, pos) {
    let result;
    if (!Buffer.isBuffer(chunk))
      chunk = Buffer.from(chunk, 'latin1');
    const chunkLen = chunk.length;
    this._bufPos = pos || 0;
    while (result !== chunkLen && this.matches < this.maxMatches)
      result = feed(this, chunk);
    return result;
  }

  destroy() {
    const lbSize = this._lookbehindSize;
    if (lbSize)
      this._cb(false, this._lookbehind, 0, lbSize, false);
    this.reset();
  }
}

function feed(self, data) {
  const len = data.length;
  const needle = self._needle;
  const needleLen = needle.length;

  // Positive: points to a position in `data`
  //           pos == 3 points to data[3]
  // Negative: points to a position in the lookbehind buffer
  //           pos == -2 points to lookbehind[lookbehindSize - 2]
  let pos = -self._lookbehindSize;
  const lastNeedleCharPos = needleLen - 1;
  const lastNeedleChar = needle[lastNeedleCharPos];
  const end = len - needleLen;
  const occ = self._occ;
  const lookbehind = self._lookbehind;

  if (pos < 0) {
    // Lookbehind buffer is not empty. Perform Boyer-Moore-Horspool
    // search with character lookup code that considers both the
    // lookbehind buffer and the current round's haystack data.
    //
    // Loop until
    //   there is a match.
    // or until
    //   we've moved past the position that requires the
    //   lookbehind buffer. In this case we switch to the
    //   optimized loop.
    // or until
    //   the character to look at lies outside the haystack.
    while (pos < 0 && pos <= end) {
      const nextPos = pos + lastNeedleCharPos;
      const ch = (nextPos < 0
                  ? lookbehind[self._lookbehindSize + nextPos]
                  : data[nextPos]);

      if (ch === lastNeedleChar
          && matchNeedle(self, data, pos, lastNeedleCharPos)) {
        self._lookbehindSize = 0;
        ++self.matches;
        if (pos > -self._lookbehindSize)
          self._cb(true, lookbehind, 0, self._lookbehindSize + pos, false);
        else
          self._cb(true, undefined, 0, 0, true);

        return (self._bufPos = pos + needleLen);
      }

      pos += occ[ch];
    }

    // No match.

    // There's too few data for Boyer-Moore-Horspool to run,
    // so let's use a different algorithm to skip as much as
    // we can.
    // Forward pos until
    //   the trailing part of lookbehind + data
    //   looks like the beginning of the needle
    // or until
    //   pos == 0
    while (pos < 0 && !matchNeedle(self, data, pos, len - pos))
      ++pos;

    if (pos < 0) {
      // Cut off part of the lookbehind buffer that has
      // been processed and append the entire haystack
      // into it.
      const bytesToCutOff = self._lookbehindSize + pos;

      if (bytesToCutOff > 0) {
        // The cut off data is guaranteed not to contain the needle.
        self._cb(false, lookbehind, 0, bytesToCutOff, false);
      }

      self._lookbehindSize -= bytesToCutOff;
      lookbehind.copy(lookbehind, 0, bytesToCutOff, self._lookbehindSize);
      lookbehind.set(data, self._lookbehindSize);
      self._lookbehindSize += len;

      self._bufPos = len;
      return len;
    }

    // Discard lookbehind buffer.
    self._cb(false, lookbehind, 0, self._lookbehindSize, false);
    self._lookbehindSize = 0;
  }

  pos += self._bufPos;

  const firstNeedleChar = needle[0];

  // Lookbehind buffer is now empty. Perform Boyer-Moore-Horspool
  // search with optimized character lookup code that only considers
  // the current round's haystack data.
  while (pos <= end) {
    const ch = data[pos + lastNeedleCharPos];

    if (ch === lastNeedleChar
        && data[pos] === firstNeedleChar
        && memcmp(needle, 0, data, pos, lastNeedleCharPos)) {
      ++self.matches;
      if (pos > 0)
        self._cb(true, data, self._bufPos, pos, true);
      else
        self._cb(true, undefined, 0, 0, true);

      return (self._bufPos = pos + needleLen);
    }

    pos += occ[ch];
  }

  // There was no match. If there's trailing haystack data that we cannot
  // match yet using the Boyer-Moore-Horspool algorithm (because the trailing
  // data is less than the needle size) then match using a modified
  // algorithm that starts matching from the beginning instead of the end.
  // Whatever trailing data is left after running this algorithm is added to
  // the lookbehind buffer.
  while (pos < len) {
    if (data[pos] !== firstNeedleChar
        || !memcmp(data, pos, needle, 0, len - pos)) {
      ++pos;
      continue;
    }
    data.copy(lookbehind, 0, pos, len);
    self._lookbehindSize = len - pos;
    break;
  }

  // Everything until `pos` is guaranteed not to contain needle data.
  if (pos > 0)
    self._cb(false, data, self._bufPos, pos < len ? pos : len, true);

  self._bufPos = len;
  return len;
}

function matchNeedle(self, data, pos, len) {
  const lb = self._lookbehind;
  const lbSize = self._lookbehindSize;
  const needle = self._needle;

  for (let i = 0; i < len; ++i, ++pos) {
    const ch = (pos < 0 ? lb[lbSize + pos] : data[pos]);
    if (ch !== needle[i])
      return false;
  }
  return true;
}

module.exports = SBMH;


/***/ }),

/***/ 203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

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
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
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
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* reexport */ startMockServer)
});

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/mock/slug.ts
// How the mock turns a cloudcast's name into a slug, mimicking what real clients observe of
// Mixcloud: dots and brackets dropped, letters of any script kept (lowercased), every other run of
// characters turned into "-", and a taken slug de-duplicated with "-2", "-3", …
/** A user's lists, at `/<user>/<list>/` (and named in `metadata.connections`). */
const USER_LISTS = [
    "cloudcasts",
    "comments",
    "favorites",
    "feed",
    "followers",
    "following",
    "listens",
    "playlists",
];
/** Slugs the API uses for sub-resources of a user: a cloudcast may not take them. */
const RESERVED_SLUGS = new Set(USER_LISTS);
/** Used when a name has nothing a slug can keep (e.g. "..."). */
const FALLBACK_SLUG = "cloudcast";
function slugify(name) {
    const slug = name
        .normalize("NFC")
        .toLowerCase()
        .replace(/[.()[\]{}]/gu, "")
        .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
        .replace(/^-+|-+$/gu, "");
    return slug === "" ? FALLBACK_SLUG : slug;
}
/**
 * Hands out unique slugs. Remembers the last suffix used per base so that preloading thousands
 * of cloudcasts with the same name stays linear.
 */
class SlugRegistry {
    #taken = new Set();
    #nextSuffix = new Map();
    /** The first free slug of `base`, `base-2`, `base-3`, …, now marked as taken. */
    claim(base) {
        let slug = base;
        let suffix = this.#nextSuffix.get(base) ?? 2;
        while (this.#taken.has(slug) || RESERVED_SLUGS.has(slug)) {
            slug = `${base}-${suffix}`;
            suffix += 1;
        }
        this.#nextSuffix.set(base, suffix);
        this.#taken.add(slug);
        return slug;
    }
}
/** The object key "/user/slug/": non-ASCII characters percent-encoded, as Mixcloud does. */
function cloudcastKey(username, slug) {
    return `${userKey(username)}${encodeURIComponent(slug)}/`;
}
function userKey(username) {
    return `/${encodeURIComponent(username)}/`;
}

;// CONCATENATED MODULE: ./src/mock/account.ts

/** The one account the mock serves, and the cloudcasts it holds. */
class Account {
    username;
    isPro;
    cloudcasts;
    createdTime;
    #slugs = new SlugRegistry();
    #bySlug = new Map();
    /** Keys that the listing leaves out until a time (epoch ms): the `listing-lag` fault. */
    #listedFrom = new Map();
    /**
     * @param cloudcasts the live list exposed as `state.cloudcasts` (oldest first)
     * @param createdTime when the account was made, "YYYY-MM-DDTHH:MM:SSZ"
     */
    constructor(username, isPro, cloudcasts, createdTime) {
        this.username = username;
        this.isPro = isPro;
        this.cloudcasts = cloudcasts;
        this.createdTime = createdTime;
    }
    /** Stores a new cloudcast under a fresh slug (`preferredSlug` when free, else from its name). */
    add(fields, times, preferredSlug) {
        const slug = this.#slugs.claim(preferredSlug || slugify(fields.name));
        const cloudcast = {
            key: cloudcastKey(this.username, slug),
            slug,
            ...fields,
            created_time: times.created,
            updated_time: times.updated,
        };
        this.cloudcasts.push(cloudcast);
        this.#bySlug.set(slug, cloudcast);
        return cloudcast;
    }
    find(slug) {
        return this.#bySlug.get(slug);
    }
    /** How many cloudcasts a viewer sees (unlisted ones only with the owner's token). */
    count(owner) {
        return this.visible(owner).length;
    }
    /** The cloudcasts a viewer sees, oldest first. */
    visible(owner) {
        return owner ? this.cloudcasts : this.#publicCloudcasts();
    }
    /**
     * The cloudcasts a viewer finds in the account's listing, oldest first: those it sees, less
     * those whose listing still lags (`listing-lag`).
     */
    listed(owner, now = Date.now()) {
        const visible = this.visible(owner);
        if (this.#listedFrom.size === 0)
            return visible;
        return visible.filter((c) => (this.#listedFrom.get(c.key) ?? 0) <= now);
    }
    /** Leaves a cloudcast out of the listing for `ms` from now. */
    listLater(key, ms) {
        this.#listedFrom.set(key, Date.now() + ms);
    }
    /**
     * The creation time of a cloudcast made at `now`. Mixcloud dates by the whole second and pages
     * listings by those dates (`until=`), and how it splits cloudcasts of the same second between
     * two pages is unknown; so the mock never gives two uploads the same second: one that comes in
     * the second of the newest is dated a second after it.
     */
    creationTime(now) {
        const newest = this.cloudcasts.reduce((latest, cloudcast) => Math.max(latest, Date.parse(cloudcast.created_time)), Number.NEGATIVE_INFINITY);
        const at = Math.max(Math.floor(now.getTime() / 1000) * 1000, newest + 1000);
        return timestamp(new Date(at));
    }
    // Whether Mixcloud shows unlisted uploads without the owner's token is unknown; the mock
    // assumes it does not, which is the cautious side for a client looking for its uploads.
    #publicCloudcasts() {
        return this.cloudcasts.filter((cloudcast) => !cloudcast.unlisted);
    }
}
/** Adds the preloaded cloudcasts, dated one minute apart and ending a minute before `now`. */
function preload(account, spec, now) {
    const entries = typeof spec === "number" ? Array.from({ length: spec }, () => ({})) : spec;
    entries.forEach((entry, index) => {
        const created = timestamp(new Date(now.getTime() - (entries.length - index) * 60_000));
        const { slug, created_time, updated_time, ...fields } = entry;
        const times = {
            created: created_time ?? created,
            updated: updated_time ?? created_time ?? created,
        };
        account.add({ ...defaultFields(index), ...fields }, times, slug);
    });
}
function defaultFields(index) {
    return {
        name: `Existing cloudcast ${index + 1}`,
        description: "",
        tags: [],
        sections: [],
        hosts: [],
        unlisted: false,
        disable_comments: false,
        hide_stats: false,
    };
}
/** The account was made a minute before the first of its preloaded cloudcasts. */
function accountCreationTime(spec, now) {
    const entries = typeof spec === "number" ? spec : spec.length;
    return timestamp(new Date(now.getTime() - (entries + 1) * 60_000));
}
/** Mixcloud's timestamp form: "YYYY-MM-DDTHH:MM:SSZ" (UTC, no milliseconds). */
function timestamp(date) {
    return date.toISOString().replace(/\.\d{3}Z$/u, "Z");
}

;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/mock/replies.ts
// Answers as plain values: handlers return a Reply and the server alone writes it (or, under a
// fault, delays or drops it).

/** Mixcloud serves JSON as text/javascript (clients must parse by body, not by type). */
const JSON_CONTENT_TYPE = "text/javascript; charset=utf-8";
function jsonReply(status, value, headers = {}) {
    return {
        status,
        headers: { "Content-Type": JSON_CONTENT_TYPE, ...headers },
        body: JSON.stringify(value),
    };
}
function htmlReply(status, html) {
    return { status, headers: { "Content-Type": "text/html; charset=utf-8" }, body: html };
}
function redirectReply(status, location) {
    return {
        status,
        headers: { Location: location, "Content-Type": "text/html; charset=utf-8" },
        body: "",
    };
}
/** `{"error": {"type", "message", …extra}}`, Mixcloud's error shape. */
function apiError(status, type, message, extra = {}) {
    return jsonReply(status, { error: { type, message, ...extra } });
}
function notFound(message) {
    return apiError(404, "NotFoundException", message);
}
function methodNotAllowed(method, path, allowed) {
    const reply = apiError(405, "MethodNotAllowedException", `${method} is not allowed on ${path}; use ${allowed.join(" or ")}.`);
    return { ...reply, headers: { ...reply.headers, Allow: allowed.join(", ") } };
}
function validationFailed(details) {
    const summary = Object.entries(details)
        .map(([field, messages]) => `${field}: ${messages.join(" ")}`)
        .join("; ");
    return jsonReply(400, {
        error: { type: "UploadValidationException", message: `The upload is invalid. ${summary}` },
        details,
    });
}
function rateLimited(retryAfter) {
    const message = `You have hit your rate limit. Retry after ${retryAfter} seconds.`;
    const reply = apiError(403, "RateLimitException", message, { retry_after: retryAfter });
    return { ...reply, headers: { ...reply.headers, "Retry-After": String(retryAfter) } };
}
/** What a gateway in front of the API answers when it fails: HTML, never JSON. */
function gatewayError(status) {
    const title = `${status} ${external_node_http_namespaceObject.STATUS_CODES[status] ?? "Error"}`;
    return htmlReply(status, `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`);
}
function escapeHtml(text) {
    return text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/mock/oauth.ts
// Mixcloud's OAuth flow (MIXCLOUD_API.md, "OAuth"), approving every authorization at once: the
// mock has no login page, so `authorize` redirects straight back with a code.


/** Codes handed out by `authorize`, each good for one exchange with the same redirect_uri. */
class OAuthCodes {
    #grants = new Map();
    issue(grant) {
        const code = (0,external_node_crypto_namespaceObject.randomBytes)(16).toString("hex");
        this.#grants.set(code, grant);
        return code;
    }
    redeem(code, grant) {
        const issued = this.#grants.get(code);
        if (!issued || issued.clientId !== grant.clientId || issued.redirectUri !== grant.redirectUri)
            return false;
        this.#grants.delete(code);
        return true;
    }
}
/** GET /oauth/authorize?client_id=&redirect_uri= → 302 to redirect_uri?code=CODE. */
function authorize(client, codes, query) {
    const clientId = query.get("client_id");
    const redirectUri = query.get("redirect_uri");
    if (clientId !== client.clientId)
        return oauthError("Unknown client_id: check the application's client id.");
    const target = redirectUri === null ? null : parseRedirect(redirectUri);
    if (redirectUri === null || target === null) {
        return oauthError("redirect_uri is missing or is not an absolute http(s) URL.");
    }
    target.searchParams.set("code", codes.issue({ clientId, redirectUri }));
    return redirectReply(302, target.toString());
}
/** A form body larger than this is no OAuth request. */
const MAX_FORM_BYTES = 64 * 1024;
/**
 * The parameters of an `access_token` request: the query of a GET (as Mixcloud documents it), or
 * the url-encoded form of a POST (as other OAuth libraries send them), its fields over the query's.
 */
async function exchangeParams(req, method, query) {
    if (method !== "POST")
        return query;
    const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/x-www-form-urlencoded") {
        return { problem: "Send the parameters as application/x-www-form-urlencoded, or by GET." };
    }
    const body = await readSmallBody(req);
    if (body === undefined)
        return { problem: `The form is larger than ${MAX_FORM_BYTES} bytes.` };
    const params = new URLSearchParams(query);
    for (const [name, value] of new URLSearchParams(body))
        params.set(name, value);
    return params;
}
/** GET or POST /oauth/access_token with client_id, redirect_uri, client_secret, code → {"access_token"}. */
function exchangeCode(client, codes, query) {
    const clientId = query.get("client_id") ?? "";
    const redirectUri = query.get("redirect_uri") ?? "";
    if (clientId !== client.clientId || query.get("client_secret") !== client.clientSecret) {
        return oauthError("Invalid client_id or client_secret.");
    }
    if (!codes.redeem(query.get("code") ?? "", { clientId, redirectUri })) {
        return oauthError("Invalid code: it is unknown, already used, or was issued for another redirect_uri.");
    }
    return oauthJson(200, { access_token: client.accessToken });
}
function parseRedirect(uri) {
    try {
        const url = new URL(uri);
        return url.protocol === "http:" || url.protocol === "https:" ? url : null;
    }
    catch {
        return null;
    }
}
function oauthError(message) {
    return oauthJson(400, { error: message });
}
/**
 * The one answer Mixcloud serves as `application/json` (every other is `text/javascript`): a
 * client that checks the type on this call works against the real service.
 */
function oauthJson(status, value) {
    return jsonReply(status, value, { "Content-Type": "application/json" });
}
/** The whole body as text, or undefined once it grows past MAX_FORM_BYTES. */
function readSmallBody(req) {
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        req.on("data", (chunk) => {
            size += chunk.length;
            if (size <= MAX_FORM_BYTES)
                chunks.push(chunk);
        });
        req.once("end", () => resolve(size > MAX_FORM_BYTES ? undefined : Buffer.concat(chunks).toString("utf8")));
        req.once("close", () => resolve(undefined));
    });
}

;// CONCATENATED MODULE: ./src/mock/app.ts

/**
 * Checks the `access_token` query parameter. A wrong token is refused everywhere; a missing one
 * only where the resource needs it (`required`).
 */
function viewer(app, ctx, required) {
    const token = ctx.query.get("access_token");
    if (token === null || token === "") {
        if (!required)
            return { owner: false };
        return {
            reply: apiError(401, "OAuthException", "An access_token is required to access this resource."),
        };
    }
    if (token !== app.token) {
        return { reply: apiError(401, "OAuthException", "An invalid access token was provided.") };
    }
    return { owner: true };
}

;// CONCATENATED MODULE: ./src/mock/listing.ts
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
/** The query of a listing request, or the problem with it (a bad `since` or `until`). */
function listingQuery(query) {
    // A limit of 0 would give a `next` link pointing at the same page: treat it as no limit given.
    const limit = Math.min(wholeNumber(query.get("limit")) || DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const result = { limit };
    const offset = wholeNumber(query.get("offset"));
    if (offset !== undefined)
        result.offset = offset;
    for (const name of ["since", "until"]) {
        const text = query.get(name);
        if (text === null || text === "")
            continue;
        const time = parseTime(text);
        if (time === undefined) {
            return {
                problem: `${name} must be a UNIX time or a date as YYYY-MM-DD HH:MM:SS (UTC), got "${text}".`,
            };
        }
        result[name] = time;
    }
    return result;
}
/**
 * One page of `visible` (oldest first), newest first. `pageUrl` turns the parameters of a link
 * into its absolute URL.
 */
function listingPage(visible, query, pageUrl) {
    const inWindow = visible.filter((c) => within(created(c), query));
    if (query.offset !== undefined)
        return byOffset(inWindow, query, query.offset, pageUrl);
    return byTime(visible, inWindow, query, pageUrl);
}
function byOffset(cloudcasts, query, offset, pageUrl) {
    const end = Math.max(cloudcasts.length - offset, 0);
    const items = cloudcasts.slice(Math.max(end - query.limit, 0), end).reverse();
    const link = (at) => pageUrl([...windowParams(query), ["limit", `${query.limit}`], ["offset", `${at}`]]);
    const paging = {};
    if (offset + query.limit < cloudcasts.length)
        paging.next = link(offset + query.limit);
    if (offset > 0)
        paging.previous = link(Math.max(offset - query.limit, 0));
    return { items, paging };
}
/**
 * The newest `limit` of the window; with only `since`, the `limit` nearest to it (the page just
 * after it in time). `next` leads to what is older than the page, `previous` to what is newer.
 */
function byTime(visible, inWindow, query, pageUrl) {
    const nearSince = query.since !== undefined && query.until === undefined;
    const chosen = nearSince
        ? inWindow.slice(0, query.limit)
        : inWindow.slice(Math.max(inWindow.length - query.limit, 0));
    const items = chosen.reverse();
    const paging = {};
    const newest = items[0];
    const oldest = items.at(-1);
    const limit = ["limit", `${query.limit}`];
    if (oldest !== undefined && visible.some((c) => created(c) < created(oldest))) {
        paging.next = pageUrl([limit, ["until", linkTime(oldest.created_time)]]);
    }
    if (newest !== undefined && visible.some((c) => created(c) > created(newest))) {
        paging.previous = pageUrl([limit, ["since", linkTime(newest.created_time)]]);
    }
    return { items, paging };
}
function windowParams(query) {
    const params = [];
    if (query.since !== undefined)
        params.push(["since", linkTime(new Date(query.since).toISOString())]);
    if (query.until !== undefined)
        params.push(["until", linkTime(new Date(query.until).toISOString())]);
    return params;
}
function within(time, query) {
    return ((query.since === undefined || time > query.since) &&
        (query.until === undefined || time < query.until));
}
function created(cloudcast) {
    return Date.parse(cloudcast.created_time);
}
/** "2015-04-29T18:59:19Z" → "2015-04-29 18:59:19", the form the API's links carry. */
function linkTime(iso) {
    return iso.slice(0, 19).replace("T", " ");
}
/** A UNIX time in seconds, or "YYYY-MM-DD HH:MM:SS" / "YYYY-MM-DDTHH:MM:SSZ" in UTC. */
function parseTime(text) {
    if (/^\d{1,12}$/u.test(text))
        return Number(text) * 1000;
    const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})Z?$/u.exec(text);
    if (match === null)
        return undefined;
    const time = Date.parse(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
    return Number.isNaN(time) ? undefined : time;
}
/** A whole number ≥ 0 from a query value; anything else is left to the default. */
function wholeNumber(text) {
    if (text === null || !/^\d+$/u.test(text))
        return undefined;
    return Number(text);
}

;// CONCATENATED MODULE: ./src/mock/render.ts
// The JSON shapes of the API's read endpoints, as captured answers of api.mixcloud.com show them
// (MIXCLOUD_API.md, "Shapes of real answers"): every object has its `type`, every `url` is the
// page on www.mixcloud.com whatever host answered, listings hold summaries without `description`
// and `sections`, and `?metadata=1` adds the URLs of an object's lists.


/** Where every object's `url` points, as on the real API (a key is the path from the first `/`). */
const MIXCLOUD_SITE = "https://www.mixcloud.com";
/** Mixcloud serves every picture size from its thumbnailer. */
const THUMBNAILER = "https://thumbnailer.mixcloud.com/unsafe";
/** The named sizes of `pictures`, in the order the API lists them; users lack the last two. */
const PICTURE_SIZES = [
    ["small", 25],
    ["thumbnail", 50],
    ["medium_mobile", 80],
    ["medium", 100],
    ["large", 300],
    ["320wx320h", 320],
    ["extra_large", 600],
    ["640wx640h", 640],
    ["768wx768h", 768],
    ["1024wx1024h", 1024],
];
const USER_PICTURE_SIZES = PICTURE_SIZES.slice(0, -2);
/** The lists `metadata.connections` names for a cloudcast (a user's are USER_LISTS). */
const CLOUDCAST_CONNECTIONS = ["comments", "favorites", "listeners", "similar"];
/** The mock knows sizes, not durations: it assumes 128 kbit/s audio (16000 bytes a second). */
const BYTES_PER_SECOND = 16_000;
/** The user object of `/me/` and `/<user>/`. */
function renderUser(account, owner) {
    return {
        ...userSummary(account),
        biog: "",
        city: "",
        country: "",
        created_time: account.createdTime,
        updated_time: account.createdTime,
        cloudcast_count: account.count(owner),
        favorite_count: 0,
        follower_count: 0,
        following_count: 0,
        listen_count: 0,
        is_pro: account.isPro,
        is_premium: false,
    };
}
/** A listing item: the summary real listings hold, without `description` and `sections`. */
function renderCloudcastSummary(cloudcast, account) {
    return {
        key: cloudcast.key,
        url: MIXCLOUD_SITE + cloudcast.key,
        name: cloudcast.name,
        slug: cloudcast.slug,
        tags: cloudcast.tags.map(renderTag),
        user: userSummary(account),
        // What Mixcloud shows for a cloudcast without a picture of its own is unknown: the mock
        // gives no sizes at all, so a client that counts on a picture fails in tests, not in use.
        pictures: cloudcast.picture ? pictures(`extaudio/${hashPath(cloudcast.picture.sha256)}`) : {},
        created_time: cloudcast.created_time,
        updated_time: cloudcast.updated_time,
        audio_length: cloudcast.audio ? Math.round(cloudcast.audio.size / BYTES_PER_SECOND) : 0,
        play_count: 0,
        favorite_count: 0,
        listener_count: 0,
        repost_count: 0,
        comment_count: 0,
        type: "cloudcast",
    };
}
/** The cloudcast itself (`/<user>/<slug>/`): the summary, its description and its sections. */
function renderCloudcast(cloudcast, account) {
    return {
        ...renderCloudcastSummary(cloudcast, account),
        description: cloudcast.description,
        sections: cloudcast.sections.map(renderSection),
    };
}
/** `object` with `metadata.connections`: the API URLs of its lists under `key`. */
function withConnections(object, site) {
    const names = object.type === "user" ? USER_LISTS : CLOUDCAST_CONNECTIONS;
    const connections = Object.fromEntries(names.map((name) => [name, `${site.apiUrl}${object.key}${name}/`]));
    return { ...object, metadata: { connections } };
}
function userSummary(account) {
    const key = userKey(account.username);
    return {
        key,
        url: MIXCLOUD_SITE + key,
        name: account.username,
        username: account.username,
        pictures: pictures(`profile/${hashPath(sha256(account.username))}`, USER_PICTURE_SIZES),
        type: "user",
    };
}
function renderTag(name) {
    const key = `/discover/${encodeURIComponent(slugify(name))}/`;
    return { key, url: MIXCLOUD_SITE + key, name, type: "tag" };
}
/** A track nests its track and artist objects; a chapter has only its text. */
function renderSection(section, index) {
    const head = { position: index + 1, start_time: section.start_time };
    if ("chapter" in section)
        return { ...head, section_type: "chapter", chapter: section.chapter };
    const artistSlug = slugify(section.artist);
    const trackSlug = slugify(section.song);
    const artistKey = `/artist/${encodeURIComponent(artistSlug)}/`;
    const trackKey = `/track/${encodeURIComponent(artistSlug)}/${encodeURIComponent(trackSlug)}/`;
    return {
        ...head,
        section_type: "track",
        track: {
            name: section.song,
            slug: trackSlug,
            key: trackKey,
            url: MIXCLOUD_SITE + trackKey,
            artist: {
                name: section.artist,
                slug: artistSlug,
                key: artistKey,
                url: MIXCLOUD_SITE + artistKey,
                type: "artist",
            },
            type: "track",
        },
    };
}
/** Every named size of one image, as thumbnailer URLs. */
function pictures(image, sizes = PICTURE_SIZES) {
    return Object.fromEntries(sizes.map(([name, px]) => [name, `${THUMBNAILER}/${px}x${px}/${image}`]));
}
/** "c9f08d7f…" → "c/9/f/0/8d7f…", the layout of Mixcloud's image paths. */
function hashPath(hex) {
    return `${hex.slice(0, 1)}/${hex.slice(1, 2)}/${hex.slice(2, 3)}/${hex.slice(3, 4)}/${hex.slice(4, 36)}`;
}
function sha256(text) {
    return (0,external_node_crypto_namespaceObject.createHash)("sha256").update(text).digest("hex");
}

;// CONCATENATED MODULE: ./src/mock/read-routes.ts
// The read endpoints: /me/, /<user>/, /<user>/cloudcasts/, /<user>/<slug>/, and the mock's own
// web page for a cloudcast (which the API's answers never point at: their `url`s are Mixcloud's).




function me(app, ctx) {
    const who = viewer(app, ctx, true);
    if ("reply" in who)
        return who.reply;
    return jsonReply(200, withMetadata(app, ctx, renderUser(app.account, true)));
}
function user(app, ctx, username) {
    const who = viewer(app, ctx, false);
    if ("reply" in who)
        return who.reply;
    if (username !== app.account.username)
        return unknownUser(username);
    return jsonReply(200, withMetadata(app, ctx, renderUser(app.account, who.owner)));
}
/** Newest first: summaries (no description, no sections), with absolute paging links. */
function cloudcasts(app, ctx, username) {
    const who = viewer(app, ctx, false);
    if ("reply" in who)
        return who.reply;
    if (username !== app.account.username)
        return unknownUser(username);
    const query = listingQuery(ctx.query);
    // What the API answers to a malformed since/until is unknown; a 400 tells a client at once.
    if ("problem" in query)
        return apiError(400, "InvalidParameterException", query.problem);
    const pageUrl = (params) => `${app.site.apiUrl}${ctx.pathname}?${new URLSearchParams(params).toString()}`;
    const { items, paging } = listingPage(app.account.listed(who.owner), query, pageUrl);
    return jsonReply(200, {
        data: items.map((cloudcast) => renderCloudcastSummary(cloudcast, app.account)),
        paging,
        name: `${app.account.username}'s Cloudcasts`,
    });
}
function cloudcast(app, ctx, username, slug) {
    const who = viewer(app, ctx, false);
    if ("reply" in who)
        return who.reply;
    const found = username === app.account.username ? app.account.find(slug) : undefined;
    if (!found || (found.unlisted && !who.owner))
        return notFound(`No cloudcast at /${username}/${slug}/.`);
    return jsonReply(200, withMetadata(app, ctx, renderCloudcast(found, app.account)));
}
/**
 * A page for a cloudcast on the mock itself (`/web/<user>/<slug>/`), for the demo and for people
 * trying the mock in a browser. The API never links to it: a cloudcast's `url` is Mixcloud's.
 */
function webPage(app, username, slug) {
    const found = username === app.account.username ? app.account.find(slug) : undefined;
    if (!found)
        return notFound(`No cloudcast at /${username}/${slug}/.`);
    const name = escapeHtml(found.name);
    return htmlReply(200, `<!doctype html>\n<html><head><meta charset="utf-8"><title>${name}</title></head>` +
        `<body><h1>${name}</h1><p>by ${escapeHtml(username)}, on the mock Mixcloud</p></body></html>\n`);
}
function unknownUser(username) {
    return notFound(`No user named "${username}".`);
}
/** `?metadata=1` adds `metadata.connections`, the URLs of the object's lists. */
function withMetadata(app, ctx, object) {
    return ctx.query.get("metadata") === "1" ? withConnections(object, app.site) : object;
}

;// CONCATENATED MODULE: ./src/mock/form.ts
const MAX_DESCRIPTION_CHARS = 1000;
const MAX_TAGS = 5;
const MAX_HOSTS = 2;
const PRO_ONLY = ["publish_date", "disable_comments", "hide_stats"];
const TAG_FIELD = /^tags-(\d+)-tag$/u;
const SECTION_FIELD = /^sections-(\d+)-(artist|song|chapter|start_time)$/u;
const HOST_FIELD = /^hosts-(\d+)-username$/u;
const PUBLISH_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/u;
/** A new upload: `mp3` and `name` are required. */
function readUploadForm(form, rules) {
    return readForm(form, rules, "upload");
}
/** An edit: every field is optional, `publish`/`unpublish` are allowed, `mp3` is ignored. */
function readEditForm(form, rules) {
    return readForm(form, rules, "edit");
}
function readForm(form, rules, mode) {
    const details = structuredClone(form.problems);
    const report = (field, message) => (details[field] ??= []).push(message);
    const values = lastValues(form.fields);
    const changes = {
        ...readText(values, mode, report),
        ...readFlags(values, mode, report),
        ...readLists(form.fields, report),
        ...readFiles(form.files, rules, mode, report),
    };
    if (!rules.isPro)
        checkProOnly(form.fields, report);
    return Object.keys(details).length === 0 ? { ok: true, changes } : { ok: false, details };
}
/** A field sent twice counts once, with its last value (as Django's forms read it). */
function lastValues(fields) {
    return new Map(fields);
}
function readText(values, mode, report) {
    const changes = {};
    const name = values.get("name")?.trim();
    if (name)
        changes.name = name;
    else if (mode === "upload" || name !== undefined)
        report("name", "This field is required.");
    const description = values.get("description");
    if (description !== undefined) {
        const length = [...description].length;
        if (length > MAX_DESCRIPTION_CHARS) {
            report("description", `Ensure this value has at most ${MAX_DESCRIPTION_CHARS} characters (it has ${length}).`);
        }
        changes.description = description;
    }
    const publishDate = values.get("publish_date");
    if (publishDate !== undefined) {
        if (isPublishDate(publishDate))
            changes.publish_date = publishDate;
        else
            report("publish_date", "Enter a UTC date and time as YYYY-MM-DDTHH:MM:SSZ.");
    }
    return changes;
}
function isPublishDate(text) {
    const match = PUBLISH_DATE.exec(text);
    if (!match)
        return false;
    const date = new Date(text);
    // Date accepts 2024-02-30 by rolling over; a real calendar date survives the round trip.
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text.slice(0, 19));
}
function readFlags(values, mode, report) {
    const names = ["unlisted", "disable_comments", "hide_stats"];
    if (mode === "edit")
        names.push("publish", "unpublish");
    const flags = {};
    for (const name of names) {
        const value = values.get(name);
        if (value !== undefined)
            flags[name] = isTrue(value);
    }
    if (mode === "edit") {
        const visibility = ["unlisted", "publish", "unpublish"].filter((name) => values.has(name));
        if (visibility.length > 1)
            report("__all__", `Send at most one of unlisted, publish and unpublish (got ${visibility.join(", ")}).`);
    }
    return flags;
}
/** Django's BooleanField: "", "0" and "false" are false, anything else is true. */
function isTrue(value) {
    return !["", "0", "false"].includes(value.trim().toLowerCase());
}
/** tags-N-tag, sections-N-*, hosts-N-username: any of a kind sent replaces the whole list. */
function readLists(fields, report) {
    const tags = new Map();
    const sections = new Map();
    const hosts = new Map();
    for (const [name, value] of fields) {
        readListField(name, value, { tags, sections, hosts }, report);
    }
    const changes = {};
    if (tags.size > 0)
        changes.tags = inIndexOrder(tags);
    if (sections.size > 0)
        changes.sections = readSections(sections, report);
    if (hosts.size > 0)
        changes.hosts = inIndexOrder(hosts);
    return changes;
}
function readListField(name, value, lists, report) {
    const tag = TAG_FIELD.exec(name);
    const section = SECTION_FIELD.exec(name);
    const host = HOST_FIELD.exec(name);
    if (tag) {
        const index = Number(tag[1]);
        if (index >= MAX_TAGS)
            report(name, `At most ${MAX_TAGS} tags: use tags-0-tag to tags-${MAX_TAGS - 1}-tag.`);
        else if (value.trim() === "")
            report(name, "This field may not be blank.");
        else
            lists.tags.set(index, value.trim());
    }
    else if (section) {
        const index = Number(section[1]);
        const parts = lists.sections.get(index) ?? new Map();
        parts.set(section[2] ?? "", value);
        lists.sections.set(index, parts);
    }
    else if (host) {
        const index = Number(host[1]);
        if (index >= MAX_HOSTS)
            report(name, `At most ${MAX_HOSTS} hosts: use hosts-0-username or hosts-1-username.`);
        else if (value.trim() === "")
            report(name, "This field may not be blank.");
        else
            lists.hosts.set(index, value.trim());
    }
    else if (/^(tags|sections|hosts)-/u.test(name)) {
        report(name, "Unknown field: expected tags-N-tag, sections-N-(artist|song|chapter|start_time) or hosts-N-username.");
    }
}
function readSections(sections, report) {
    const result = [];
    for (const [index, parts] of [...sections].sort(([a], [b]) => a - b)) {
        const section = readSection(`sections-${index}`, parts, report);
        if (section)
            result.push(section);
    }
    return result;
}
function readSection(prefix, parts, report) {
    const startText = parts.get("start_time")?.trim();
    const start = startText !== undefined && /^\d+$/u.test(startText) ? Number(startText) : undefined;
    if (start === undefined) {
        report(`${prefix}-start_time`, startText === undefined ? "This field is required." : "Enter a whole number of seconds.");
    }
    const chapter = parts.get("chapter")?.trim();
    const artist = parts.get("artist")?.trim();
    const song = parts.get("song")?.trim();
    if (chapter && (artist || song)) {
        report(prefix, `A section is a track (${prefix}-artist and ${prefix}-song) or a chapter (${prefix}-chapter), not both.`);
        return undefined;
    }
    if (chapter)
        return start === undefined ? undefined : { start_time: start, chapter };
    if (artist && song)
        return start === undefined ? undefined : { start_time: start, artist, song };
    report(prefix, `A section needs ${prefix}-artist and ${prefix}-song, or ${prefix}-chapter.`);
    return undefined;
}
function inIndexOrder(values) {
    return [...values].sort(([a], [b]) => a - b).map(([, value]) => value);
}
function readFiles(files, rules, mode, report) {
    const changes = {};
    const audio = mode === "upload" ? lastFile(files, "mp3") : undefined;
    const picture = lastFile(files, "picture");
    if (mode === "upload" && !audio)
        report("mp3", "This field is required: send the audio as a file part.");
    if (audio)
        changes.audio = checkSize(audio, rules.maxAudioBytes, report);
    if (picture)
        changes.picture = checkSize(picture, rules.maxPictureBytes, report);
    return changes;
}
function lastFile(files, field) {
    return files.filter((file) => file.field === field).at(-1);
}
function checkSize(file, maxBytes, report) {
    if (file.sha256 === null || file.size > maxBytes) {
        report(file.field, `The file is larger than the limit of ${maxBytes} bytes.`);
        return undefined;
    }
    return { size: file.size, sha256: file.sha256 };
}
function checkProOnly(fields, report) {
    const sent = new Set(fields.map(([name]) => name));
    for (const name of [...sent].filter((field) => PRO_ONLY.includes(field) || HOST_FIELD.test(field))) {
        report(name, "Only Pro accounts can set this field.");
    }
}

;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
// EXTERNAL MODULE: ./node_modules/busboy/lib/index.js
var lib = __nccwpck_require__(680);
var lib_default = /*#__PURE__*/__nccwpck_require__.n(lib);
;// CONCATENATED MODULE: ./src/mock/multipart.ts
// Reads a multipart/form-data body as a stream: text fields are kept, file parts are only counted
// and hashed as they pass, so memory stays flat whatever the size of the upload.



const MAX_PARTS = 1000;
const MAX_FIELD_BYTES = 1024 * 1024;
/** Whether a Content-Type header announces multipart/form-data. */
function isMultipart(contentType) {
    return /^\s*multipart\/form-data\s*(;|$)/iu.test(contentType ?? "");
}
/**
 * Reads the whole body of `req`. Resolves (never rejects) once the body has been read to its
 * end, found malformed (the rest is left unread: the caller drains it), or cut off by the client.
 */
function readMultipart(req, limits) {
    let parser;
    try {
        parser = lib_default()({
            headers: req.headers,
            limits: { parts: MAX_PARTS, fieldSize: MAX_FIELD_BYTES },
            // Clients send non-ASCII filenames as raw UTF-8 (the HTML form encoding), not latin1.
            defParamCharset: "utf8",
        });
    }
    catch (error) {
        return Promise.resolve({ kind: "malformed", message: errorMessage(error) });
    }
    return new Promise((resolve) => {
        let settled = false;
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            req.unpipe(parser);
            resolve(outcome);
        };
        collectForm(parser, limits, (form) => settle({ kind: "form", form }));
        parser.on("error", (error) => settle({ kind: "malformed", message: errorMessage(error) }));
        req.once("close", () => {
            if (req.complete)
                return;
            settle({ kind: "aborted" });
            parser.destroy();
        });
        req.pipe(parser);
    });
}
/** Gathers the parts as the parser emits them; `done` once the form and every file ended. */
function collectForm(parser, limits, done) {
    const form = { fields: [], files: [], problems: {} };
    const files = [];
    parser.on("field", (name, value, info) => {
        form.fields.push([name, value]);
        if (info.valueTruncated) {
            addProblem(form.problems, name, `The value is longer than ${MAX_FIELD_BYTES} bytes.`);
        }
    });
    parser.on("file", (field, stream, info) => {
        files.push(receiveFile(field, stream, info, limits.fileBytes(field)));
    });
    parser.on("partsLimit", () => {
        addProblem(form.problems, "__all__", `The form has more than ${MAX_PARTS} parts.`);
    });
    parser.on("close", () => {
        void Promise.all(files).then((received) => {
            form.files = received.filter((file) => file !== null);
            done(form);
        });
    });
}
/** Counts and hashes a file part as it streams by; null when the part was cut off. */
async function receiveFile(field, stream, info, maxBytes) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)("sha256");
    let size = 0;
    let tooLarge = false;
    stream.on("data", (chunk) => {
        size += chunk.length;
        tooLarge ||= size > maxBytes;
        // Past the limit the part is rejected anyway: stop hashing and just let the bytes through.
        if (!tooLarge)
            hash.update(chunk);
    });
    try {
        await (0,external_node_stream_promises_namespaceObject.finished)(stream);
    }
    catch {
        return null;
    }
    return {
        field,
        filename: info.filename ?? "",
        contentType: info.mimeType,
        size,
        sha256: tooLarge ? null : hash.digest("hex"),
    };
}
function addProblem(problems, field, message) {
    (problems[field] ??= []).push(message);
}
/**
 * The message of an unknown error. The mock keeps its own copy of src/errors.ts's: its type
 * declarations (the package's `mixcloud-publish/mock`) are built from src/mock/ alone.
 */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/mock/upload-routes.ts
// POST /upload/ and POST /upload/<user>/<slug>/edit/: streamed multipart bodies, checked, stored.





async function upload(app, ctx) {
    const who = viewer(app, ctx, true);
    if ("reply" in who)
        return who.reply;
    const form = await receiveForm(app, ctx);
    if ("reply" in form)
        return form.reply;
    const result = readUploadForm(form, app.rules);
    if (!result.ok)
        return validationFailed(result.details);
    await ctx.beforeStore?.();
    const now = app.account.creationTime(new Date());
    const stored = app.account.add(newCloudcast(result.changes), { created: now, updated: now });
    if (ctx.listingLagMs !== undefined)
        app.account.listLater(stored.key, ctx.listingLagMs);
    app.state.uploads.push(record(stored.key, form));
    return success(stored.key, "Uploaded");
}
async function edit(app, ctx, username, slug) {
    const who = viewer(app, ctx, true);
    if ("reply" in who)
        return who.reply;
    const found = username === app.account.username ? app.account.find(slug) : undefined;
    if (!found)
        return notFound(`No cloudcast at /${username}/${slug}/ to edit.`);
    const form = await receiveForm(app, ctx);
    if ("reply" in form)
        return form.reply;
    const result = readEditForm(form, app.rules);
    if (!result.ok)
        return validationFailed(result.details);
    await ctx.beforeStore?.();
    applyEdit(found, result.changes, timestamp(new Date()));
    app.state.edits.push(record(found.key, form));
    return success(found.key, "Updated");
}
/** The body as a form, or the 400 to answer (not multipart, malformed, cut off). */
async function receiveForm(app, ctx) {
    if (!isMultipart(ctx.req.headers["content-type"])) {
        return formError("Send the form as multipart/form-data (url-encoded and other bodies are not accepted).");
    }
    const outcome = await readMultipart(ctx.req, {
        fileBytes: (field) => field === "picture" ? app.rules.maxPictureBytes : app.rules.maxAudioBytes,
    });
    switch (outcome.kind) {
        case "form":
            return outcome.form;
        case "malformed":
            return formError(`The multipart/form-data body is malformed: ${outcome.message}.`);
        case "aborted":
            // Nobody is left to read this answer; it only keeps the types honest.
            return formError("The body ended before the end of the form.");
    }
}
function formError(message) {
    return { reply: validationFailed({ __all__: [message] }) };
}
function newCloudcast(changes) {
    return {
        name: changes.name ?? "",
        description: changes.description ?? "",
        tags: changes.tags ?? [],
        sections: changes.sections ?? [],
        hosts: changes.hosts ?? [],
        unlisted: changes.unlisted ?? false,
        ...(changes.publish_date === undefined ? {} : { publish_date: changes.publish_date }),
        disable_comments: changes.disable_comments ?? false,
        hide_stats: changes.hide_stats ?? false,
        ...(changes.audio === undefined ? {} : { audio: changes.audio }),
        ...(changes.picture === undefined ? {} : { picture: changes.picture }),
    };
}
/** A field changes only when sent; `publish`/`unpublish` set the visibility. */
function applyEdit(cloudcast, changes, now) {
    const { publish, unpublish, audio: _audio, ...fields } = changes;
    Object.assign(cloudcast, fields);
    if (publish)
        cloudcast.unlisted = false;
    if (unpublish)
        cloudcast.unlisted = true;
    // A cloudcast dated ahead of the clock (see Account.creationTime) is never updated before it was made.
    cloudcast.updated_time = now > cloudcast.created_time ? now : cloudcast.created_time;
}
function record(key, form) {
    return {
        key,
        fields: form.fields,
        files: form.files.map(({ field, filename, contentType, size, sha256 }) => ({
            field,
            filename,
            contentType,
            size,
            sha256: sha256 ?? "",
        })),
    };
}
function success(key, message) {
    return jsonReply(200, { result: { success: true, key, message } });
}

;// CONCATENATED MODULE: ./src/mock/routes.ts




const KNOWN_METHODS = new Set(["GET", "HEAD", "POST"]);
const GET = ["GET"];
const POST = ["POST"];
const GET_OR_POST = ["GET", "POST"];
async function dispatch(app, ctx) {
    const segments = ctx.pathname.startsWith("/") ? pathSegments(ctx.pathname) : null;
    const route = segments === null ? undefined : findRoute(segments);
    if (!KNOWN_METHODS.has(ctx.method)) {
        return methodNotAllowed(ctx.method, ctx.pathname, route?.allow ?? ["GET", "POST"]);
    }
    if (!ctx.pathname.startsWith("/"))
        return notFound(`Nothing at ${ctx.pathname}.`);
    if (!ctx.pathname.endsWith("/") && !route?.slashOptional) {
        // Like the API, a missing trailing slash is a permanent redirect, query included.
        return redirectReply(301, `${ctx.pathname}/${ctx.rawQuery === "" ? "" : `?${ctx.rawQuery}`}`);
    }
    if (!route)
        return notFound(`Nothing at ${ctx.pathname}.`);
    const method = ctx.method === "HEAD" ? "GET" : ctx.method;
    if (!route.allow.includes(method))
        return methodNotAllowed(ctx.method, ctx.pathname, route.allow);
    return route.run(app, ctx);
}
function findRoute(segments) {
    const [first, second, third, fourth] = segments;
    if (first === undefined)
        return undefined;
    switch (segments.length) {
        case 1:
            if (first === "me")
                return { allow: GET, run: me };
            if (first === "upload")
                return { allow: POST, run: upload };
            return { allow: GET, run: (app, ctx) => user(app, ctx, first) };
        case 2:
            if (second === undefined)
                return undefined;
            if (first === "oauth" && second === "authorize") {
                return {
                    allow: GET,
                    run: (app, ctx) => authorize(app.oauth, app.codes, ctx.query),
                    slashOptional: true,
                };
            }
            if (first === "oauth" && second === "access_token") {
                return { allow: GET_OR_POST, run: accessToken, slashOptional: true };
            }
            if (second === "cloudcasts")
                return { allow: GET, run: (app, ctx) => cloudcasts(app, ctx, first) };
            return { allow: GET, run: (app, ctx) => cloudcast(app, ctx, first, second) };
        case 3:
            if (first !== "web" || second === undefined || third === undefined)
                return undefined;
            return { allow: GET, run: (app) => webPage(app, second, third) };
        case 4:
            if (first !== "upload" || fourth !== "edit" || second === undefined || third === undefined)
                return undefined;
            return { allow: POST, run: (app, ctx) => edit(app, ctx, second, third) };
        default:
            return undefined;
    }
}
async function accessToken(app, ctx) {
    const params = await exchangeParams(ctx.req, ctx.method, ctx.query);
    if ("problem" in params)
        return oauthError(params.problem);
    return exchangeCode(app.oauth, app.codes, params);
}
/** "/a/b%C3%A9/" → ["a", "bé"]; null for a path the API could not have (empty or bad segments). */
function pathSegments(pathname) {
    const raw = pathname.slice(1).replace(/\/$/u, "").split("/");
    const segments = raw.map(decodeSegment);
    return segments.every((segment) => segment !== null && segment !== "")
        ? segments
        : null;
}
function decodeSegment(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/mock/exchange.ts





/** Secrets that travel in query strings: their values never reach state or logs. */
const SECRET_PARAMS = /([?&](?:access_token|client_secret|code)=)[^&#]*/giu;
function redactUrl(url) {
    return url.replace(SECRET_PARAMS, "$1***");
}
async function exchange(app, hooks, req, res) {
    const started = external_node_perf_hooks_namespaceObject.performance.now();
    const ctx = requestContext(req);
    const record = {
        method: req.method ?? "",
        path: redactUrl(req.url ?? ""),
        status: 0,
    };
    app.state.requests.push(record);
    const fault = hooks.faults.take(ctx.method, ctx.pathname);
    res.once("close", () => logSafely(hooks.log, logLine(record, started, fault)));
    // A client cutting its body off also shows as the request's 'close'; the error adds nothing.
    req.on("error", () => { });
    const early = fault && answerBeforeHandling(fault, req);
    if (early === "dropped")
        return;
    if (fault?.kind === "slow-store")
        ctx.beforeStore = () => pause(fault.ms, hooks.closing);
    if (fault?.kind === "listing-lag")
        ctx.listingLagMs = fault.ms;
    const reply = early ?? (await dispatchSafely(app, ctx));
    if (fault?.kind === "reset-after-commit") {
        await drain(req);
        req.socket.destroy();
        return;
    }
    if (fault?.kind === "slow")
        await pause(fault.delayMs, hooks.closing);
    return send(req, res, record, fault?.kind === "hostile-fields" ? withFields(reply, fault) : reply);
}
/** The reply with every `key` and `url` field of its JSON replaced as the fault says. */
function withFields(reply, fault) {
    let json;
    try {
        json = JSON.parse(reply.body);
    }
    catch {
        return reply;
    }
    const replace = (value) => {
        if (Array.isArray(value))
            return value.map(replace);
        if (typeof value !== "object" || value === null)
            return value;
        return Object.fromEntries(Object.entries(value).map(([name, field]) => {
            if (name === "key" && fault.key !== undefined)
                return [name, fault.key];
            if (name === "url" && fault.url !== undefined)
                return [name, fault.url];
            return [name, replace(field)];
        }));
    };
    return { ...reply, body: JSON.stringify(replace(json)) };
}
/** Waits `ms`, or until the server closes. */
function pause(ms, closing) {
    return (0,promises_namespaceObject.setTimeout)(ms, undefined, { signal: closing }).catch(() => { });
}
/** What a fault answers in place of the API, "dropped" for no answer at all, or undefined. */
function answerBeforeHandling(fault, req) {
    switch (fault.kind) {
        case "reset-before-body":
            req.socket.destroy();
            return "dropped";
        case "hang":
            // Never reading the body makes TCP push back on the sender, as a stuck server would.
            req.pause();
            return "dropped";
        case "server-error":
            return gatewayError(fault.status ?? 502);
        case "rate-limit":
            return rateLimited(fault.retryAfter);
        default:
            return undefined;
    }
}
function requestContext(req) {
    const url = req.url ?? "";
    const queryStart = url.indexOf("?");
    const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
    const rawQuery = queryStart === -1 ? "" : url.slice(queryStart + 1);
    return {
        req,
        method: (req.method ?? "").toUpperCase(),
        pathname,
        query: new URLSearchParams(rawQuery),
        rawQuery,
    };
}
async function dispatchSafely(app, ctx) {
    try {
        return await dispatch(app, ctx);
    }
    catch (error) {
        const message = errorMessage(error);
        return apiError(500, "InternalServerError", `The mock server failed: ${message}`);
    }
}
/**
 * Answers once the whole request body has been read, as the API does (its errors come only
 * after the upload): a client still sending is never cut short by an early answer.
 */
async function send(req, res, record, reply) {
    await drain(req);
    if (res.destroyed || res.writableEnded)
        return;
    record.status = reply.status;
    res.writeHead(reply.status, {
        ...reply.headers,
        "Content-Length": Buffer.byteLength(reply.body),
    });
    res.end(reply.body);
}
/** Reads and discards whatever is left of the body. */
function drain(req) {
    if (req.complete || req.destroyed)
        return Promise.resolve();
    return new Promise((resolve) => {
        req.once("end", resolve);
        req.once("close", resolve);
        req.resume();
    });
}
/** A log callback that throws (a test's own assertion, say) must not take the server down. */
function logSafely(log, line) {
    try {
        log(line);
    }
    catch {
        // The line is lost; the request was already served.
    }
}
function logLine(record, started, fault) {
    const outcome = record.status === 0 ? "no answer" : String(record.status);
    const elapsed = Math.round(external_node_perf_hooks_namespaceObject.performance.now() - started);
    return `${record.method} ${record.path} ${outcome} ${elapsed}ms${fault ? ` [fault: ${fault.kind}]` : ""}`;
}

;// CONCATENATED MODULE: ./src/mock/faults.ts
/**
 * The queue behind `MockServer.faults`. Each request takes at most one fault: the first queued
 * one that matches it; a fault is dropped once it has been taken `times` times.
 */
class FaultQueue {
    #queue = [];
    add(fault) {
        checkFault(fault);
        this.#queue.push({ fault, left: fault.times ?? 1 });
    }
    clear() {
        this.#queue = [];
    }
    pending() {
        return this.#queue.length;
    }
    /** The fault for a request with this method and path (no query), used up by one. */
    take(method, path) {
        const index = this.#queue.findIndex(({ fault }) => matches(fault, method, path));
        const queued = this.#queue[index];
        if (queued === undefined)
            return undefined;
        queued.left -= 1;
        if (queued.left === 0)
            this.#queue.splice(index, 1);
        return queued.fault;
    }
}
function matches(fault, method, path) {
    if (fault.method !== undefined && fault.method.toUpperCase() !== method.toUpperCase()) {
        return false;
    }
    if (fault.path === undefined)
        return true;
    if (typeof fault.path === "string")
        return fault.path === path;
    // A /g or /y RegExp remembers where it stopped; start every test from the beginning.
    fault.path.lastIndex = 0;
    return fault.path.test(path);
}
// Bad faults are the test author's mistake: say so at add() rather than misbehave later.
function checkFault(fault) {
    const times = fault.times ?? 1;
    if (!Number.isInteger(times) || times < 1) {
        throw new RangeError(`Fault "${fault.kind}": times must be a positive integer, got ${times}.`);
    }
    switch (fault.kind) {
        case "server-error":
            checkInteger(fault.kind, "status", fault.status ?? 502, 400, 599);
            return;
        case "rate-limit":
            checkInteger(fault.kind, "retryAfter", fault.retryAfter, 0, Number.MAX_SAFE_INTEGER);
            return;
        case "slow":
            checkInteger(fault.kind, "delayMs", fault.delayMs, 0, 2_147_483_647);
            return;
        case "slow-store":
        case "listing-lag":
            checkInteger(fault.kind, "ms", fault.ms, 0, 2_147_483_647);
            return;
        case "reset-before-body":
        case "reset-after-commit":
        case "hang":
            return;
        case "hostile-fields":
            if (fault.key === undefined && fault.url === undefined)
                throw new TypeError('Fault "hostile-fields": give key, url or both.');
            return;
        default:
            throw new TypeError(`Unknown fault kind: ${JSON.stringify(fault.kind)}.`);
    }
}
function checkInteger(kind, name, value, min, max) {
    if (!Number.isInteger(value) || value < min || value > max) {
        throw new RangeError(`Fault "${kind}": ${name} must be an integer from ${min} to ${max}, got ${value}.`);
    }
}

;// CONCATENATED MODULE: ./src/mock/options.ts
const MOCK_DEFAULTS = {
    host: "127.0.0.1",
    token: "mock-token",
    username: "mock-user",
    clientId: "mock-client-id",
    clientSecret: "mock-client-secret",
    maxAudioBytes: 4_294_967_296,
    maxPictureBytes: 10_485_760,
};
function resolveOptions(options) {
    const settings = {
        port: options.port ?? 0,
        host: options.host ?? MOCK_DEFAULTS.host,
        token: options.token ?? MOCK_DEFAULTS.token,
        username: options.username ?? MOCK_DEFAULTS.username,
        isPro: options.isPro ?? true,
        existingCloudcasts: options.existingCloudcasts ?? 0,
        clientId: options.clientId ?? MOCK_DEFAULTS.clientId,
        clientSecret: options.clientSecret ?? MOCK_DEFAULTS.clientSecret,
        maxAudioBytes: options.maxAudioBytes ?? MOCK_DEFAULTS.maxAudioBytes,
        maxPictureBytes: options.maxPictureBytes ?? MOCK_DEFAULTS.maxPictureBytes,
        log: options.log ?? (() => { }),
    };
    checkSettings(settings);
    return settings;
}
function checkSettings(settings) {
    options_checkInteger("port", settings.port, 0, 65_535);
    options_checkInteger("maxAudioBytes", settings.maxAudioBytes, 0, Number.MAX_SAFE_INTEGER);
    options_checkInteger("maxPictureBytes", settings.maxPictureBytes, 0, Number.MAX_SAFE_INTEGER);
    if (typeof settings.existingCloudcasts === "number") {
        options_checkInteger("existingCloudcasts", settings.existingCloudcasts, 0, 10_000_000);
    }
    for (const name of ["host", "token", "clientId", "clientSecret"]) {
        if (settings[name] === "")
            throw new TypeError(`startMockServer: ${name} must not be empty.`);
    }
    // The username is a path segment of every key: it cannot be empty or contain "/".
    if (!/^[^/\s]+$/u.test(settings.username)) {
        throw new TypeError(`startMockServer: username must be non-empty, without "/" or spaces, got ${JSON.stringify(settings.username)}.`);
    }
}
function options_checkInteger(name, value, min, max) {
    if (!Number.isInteger(value) || value < min || value > max) {
        throw new RangeError(`startMockServer: ${name} must be an integer from ${min} to ${max}, got ${value}.`);
    }
}

;// CONCATENATED MODULE: ./src/mock/server.ts
// Starts the HTTP server and owns its connections, so that close() ends even hung requests.






/**
 * Starts a mock Mixcloud API on `options.host` (default 127.0.0.1), port `options.port` (default
 * 0: a free port, read it from the returned `url`). Resolves once it is listening; rejects when
 * it cannot listen (port in use) or an option is invalid. Always `await server.close()` when done.
 */
async function startMockServer(options = {}) {
    const settings = resolveOptions(options);
    const state = { cloudcasts: [], uploads: [], edits: [], requests: [] };
    const now = new Date();
    const account = new Account(settings.username, settings.isPro, state.cloudcasts, accountCreationTime(settings.existingCloudcasts, now));
    preload(account, settings.existingCloudcasts, now);
    // Uploads of several GiB may take longer than Node's default 5-minute request timeout.
    const server = (0,external_node_http_namespaceObject.createServer)({ requestTimeout: 0 });
    const sockets = trackSockets(server);
    const port = await listen(server, settings.port, settings.host);
    const url = `http://${settings.host.includes(":") ? `[${settings.host}]` : settings.host}:${port}`;
    const app = createApp(settings, account, state, url);
    const faults = new FaultQueue();
    const closing = new AbortController();
    const hooks = { faults, closing: closing.signal, log: settings.log };
    server.on("request", (req, res) => {
        exchange(app, hooks, req, res).catch(() => res.destroy());
    });
    let closed;
    const close = () => (closed ??= stop(server, sockets, closing));
    return { url, oauthUrl: `${url}/oauth`, webUrl: `${url}/web`, state, faults, close };
}
function createApp(settings, account, state, url) {
    return {
        account,
        state,
        site: { apiUrl: url },
        token: settings.token,
        oauth: {
            clientId: settings.clientId,
            clientSecret: settings.clientSecret,
            accessToken: settings.token,
        },
        codes: new OAuthCodes(),
        rules: {
            isPro: settings.isPro,
            maxAudioBytes: settings.maxAudioBytes,
            maxPictureBytes: settings.maxPictureBytes,
        },
    };
}
function trackSockets(server) {
    const sockets = new Set();
    server.on("connection", (socket) => {
        sockets.add(socket);
        socket.once("close", () => sockets.delete(socket));
    });
    return sockets;
}
function listen(server, port, host) {
    return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
            server.off("error", reject);
            resolve(server.address().port);
        });
    });
}
function stop(server, sockets, closing) {
    return new Promise((resolve) => {
        server.close(() => resolve());
        closing.abort();
        for (const socket of sockets)
            socket.destroy();
    });
}

;// CONCATENATED MODULE: ./src/mock/index.ts
/**
 * A mock of the Mixcloud API for tests: a real HTTP server on loopback with the API's paths,
 * answer shapes, errors and quirks (trailing-slash redirects, JSON served as text/javascript,
 * the access token in the query string), streamed multipart uploads, and faults you switch on
 * per request.
 *
 * ```ts
 * import { startMockServer } from "mixcloud-publish/mock";
 *
 * const mock = await startMockServer({ existingCloudcasts: 3 });
 * try {
 *   // Point your client at mock.url with the token "mock-token".
 *   mock.faults.add({ kind: "rate-limit", retryAfter: 1, path: "/upload/" });
 *   // … run the code under test …
 *   expect(mock.state.uploads).toHaveLength(1);
 * } finally {
 *   await mock.close();
 * }
 * ```
 *
 * Endpoints, as documented at https://www.mixcloud.com/developers/ and observed by real clients:
 * - `GET /me/` (token required), `GET /<user>/`, `GET /<user>/cloudcasts/`, `GET /<user>/<slug>/`
 *   — public reads work without a token, but unlisted cloudcasts show only with it. Answers have
 *   the real shapes: every object has its `type`; every `url` is the page on
 *   https://www.mixcloud.com (`url` = that + `key`), whatever host answered; `pictures` maps the
 *   named sizes to URLs; sections nest `track` and `artist`; listings hold summaries without
 *   `description` and `sections`; `?metadata=1` adds `metadata.connections`. Listings take
 *   `limit` (default 20, at most 100) and `offset`, or `since`/`until`: without `offset`, the
 *   `paging` links go by time (`until=2015-04-29+18%3A59%3A19`), as the API's do;
 * - `POST /upload/` and `POST /upload/<user>/<slug>/edit/` — multipart only, streamed: file parts
 *   are counted and hashed (SHA-256) as they arrive, never held in memory; invalid forms get a
 *   400 `UploadValidationException` with `details` by field, and nothing is stored;
 * - `GET /oauth/authorize` (approves at once, redirects with a code) and `/oauth/access_token`
 *   (exchanges the code for the mock's token, by GET with a query or by POST with a form; JSON
 *   served as `application/json`, as Mixcloud serves this one answer);
 * - `GET /web/<user>/<slug>/` — a small HTML page of the mock's own, to see a show in a browser
 *   (`MockServer.webUrl` + key); the API's answers never point there.
 *
 * Everything is kept in memory and lost on close().
 * @module
 */


var __webpack_exports__startMockServer = __webpack_exports__.A;
export { __webpack_exports__startMockServer as startMockServer };
