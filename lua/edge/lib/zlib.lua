-- gzip / zlib inflation through LuaJIT FFI (zlib1g, which nginx itself links), bounded: the WAF
-- looks inside compressed blobs an attacker sends, so the output is capped, never the input's claim.
local ffi = require "ffi"

ffi.cdef [[
typedef struct {
    const unsigned char *next_in; unsigned int avail_in; unsigned long total_in;
    unsigned char *next_out; unsigned int avail_out; unsigned long total_out;
    const char *msg; void *state;
    void *zalloc; void *zfree; void *opaque;
    int data_type; unsigned long adler; unsigned long reserved;
} edge_z_stream;
const char *zlibVersion(void);
int inflateInit2_(edge_z_stream *strm, int windowBits, const char *version, int stream_size);
int inflate(edge_z_stream *strm, int flush);
int inflateEnd(edge_z_stream *strm);
]]

local lib = require("edge.lib.ffi_load").first({ "libz.so.1", "z" }, "zlib: libz.so.1 (apt package zlib1g)")

local Z_OK, Z_STREAM_END, Z_SYNC_FLUSH = 0, 1, 2
local GZIP_OR_ZLIB = 15 + 32   -- windowBits: the largest window, the header (gzip or zlib) detected

local stream = ffi.new("edge_z_stream")
local version = lib.zlibVersion()
local size = ffi.sizeof(stream)

local _M = {}

-- inflate(data, max_out) -> the first max_out bytes (at most) of data inflated, or nil when data is
-- not a gzip or zlib stream. A truncated stream yields what it held up to the cut.
function _M.inflate(data, max_out)
    ffi.fill(stream, size)
    if lib.inflateInit2_(stream, GZIP_OR_ZLIB, version, size) ~= Z_OK then
        return nil
    end
    local out = ffi.new("unsigned char[?]", max_out)
    stream.next_in, stream.avail_in = data, #data
    stream.next_out, stream.avail_out = out, max_out
    local rc = lib.inflate(stream, Z_SYNC_FLUSH)
    local n = max_out - stream.avail_out
    lib.inflateEnd(stream)
    if rc ~= Z_OK and rc ~= Z_STREAM_END and n == 0 then
        return nil
    end
    return ffi.string(out, n)
end

return _M
