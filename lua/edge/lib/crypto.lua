-- The few libcrypto (OpenSSL 3) primitives the edge needs, through LuaJIT FFI: HMAC-SHA256,
-- base64url, constant-time compare, and RS256/ES256 signature verification with public keys built
-- from JWK members. Debian ships no lua-resty-string/openssl, and pure-Lua RSA would be far too slow.
-- Keys are parsed once (public_key_from_jwk) and reused; EVP_PKEY objects are freed by the GC.
local ffi = require "ffi"
local bit = require "bit"

local ffi_new, ffi_str, ffi_gc, ffi_cast = ffi.new, ffi.string, ffi.gc, ffi.cast
local byte, char, sub, fmt = string.byte, string.char, string.sub, string.format
local bxor, bor, band, lshift, rshift = bit.bxor, bit.bor, bit.band, bit.lshift, bit.rshift
local concat = table.concat

ffi.cdef [[
typedef struct evp_md_st EVP_MD;
typedef struct evp_pkey_st EVP_PKEY;
typedef struct engine_st ENGINE;
typedef struct evp_pkey_ctx_st EVP_PKEY_CTX;
const EVP_MD *EVP_sha256(void);
unsigned char *SHA256(const unsigned char *d, size_t n, unsigned char *md);
unsigned char *HMAC(const EVP_MD *evp_md, const void *key, int key_len, const unsigned char *d, size_t n,
                    unsigned char *md, unsigned int *md_len);
EVP_PKEY *d2i_PUBKEY(EVP_PKEY **a, const unsigned char **pp, long length);
void EVP_PKEY_free(EVP_PKEY *pkey);
int EVP_PKEY_get_bits(const EVP_PKEY *pkey);
EVP_PKEY_CTX *EVP_PKEY_CTX_new(EVP_PKEY *pkey, ENGINE *e);
void EVP_PKEY_CTX_free(EVP_PKEY_CTX *ctx);
int EVP_PKEY_verify_init(EVP_PKEY_CTX *ctx);
int EVP_PKEY_CTX_set_rsa_padding(EVP_PKEY_CTX *ctx, int pad);
int EVP_PKEY_CTX_set_signature_md(EVP_PKEY_CTX *ctx, const EVP_MD *md);
int EVP_PKEY_verify(EVP_PKEY_CTX *ctx, const unsigned char *sig, size_t siglen, const unsigned char *tbs,
                    size_t tbslen);
int EVP_EncodeBlock(unsigned char *t, const unsigned char *f, int n);
void ERR_clear_error(void);
]]

local C = ffi.load("libcrypto.so.3")

local _M = {}

local md_buf = ffi_new("unsigned char[32]")
local md_len = ffi_new("unsigned int[1]")
local SHA256_MD = C.EVP_sha256()

function _M.hmac_sha256(key, data)
    C.HMAC(SHA256_MD, key, #key, data, #data, md_buf, md_len)
    return ffi_str(md_buf, md_len[0])
end

function _M.to_hex(bin)
    return (bin:gsub(".", function(c) return fmt("%02x", byte(c)) end))
end

-- Compare two strings in time that depends only on their length, so a signature check leaks
-- nothing about how many leading bytes matched.
function _M.constant_time_equals(a, b)
    if type(a) ~= "string" or type(b) ~= "string" or #a ~= #b then
        return false
    end
    local acc = 0
    for i = 1, #a do
        acc = bor(acc, bxor(byte(a, i), byte(b, i)))
    end
    return acc == 0
end

-- base64url without padding (RFC 7515 section 2); nil for anything outside the alphabet. A table-
-- driven loop, four characters at a time, into a reused buffer: the gsub/translate/EVP_DecodeBlock
-- route cost ~20 us per token segment, more than the signature check.
local B64URL = ffi_new("int8_t[256]")
ffi.fill(B64URL, 256, 0xFF)  -- -1: not in the alphabet
for i = 1, 64 do
    B64URL[byte("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", i)] = i - 1
end
local b64_buf, b64_size = nil, 0

function _M.b64url_decode(s)
    if type(s) ~= "string" then
        return nil
    end
    local n = #s
    if n % 4 == 1 then
        return nil
    elseif n == 0 then
        return ""
    end
    if n > b64_size then
        b64_size = n
        b64_buf = ffi_new("unsigned char[?]", n)
    end
    local out, p = b64_buf, ffi_cast("const uint8_t *", s)
    local len, full = 0, n - n % 4
    for i = 0, full - 1, 4 do
        local a, b, c, d = B64URL[p[i]], B64URL[p[i + 1]], B64URL[p[i + 2]], B64URL[p[i + 3]]
        if bor(a, b, c, d) < 0 then
            return nil
        end
        local v = lshift(a, 18) + lshift(b, 12) + lshift(c, 6) + d
        out[len], out[len + 1], out[len + 2] = rshift(v, 16), band(rshift(v, 8), 0xFF), band(v, 0xFF)
        len = len + 3
    end
    if full < n then  -- 2 or 3 trailing characters: 1 or 2 bytes
        local a, b = B64URL[p[full]], B64URL[p[full + 1]]
        local c = n - full == 3 and B64URL[p[full + 2]] or 0
        if bor(a, b, c) < 0 then
            return nil
        end
        local v = lshift(a, 18) + lshift(b, 12) + lshift(c, 6)
        out[len] = rshift(v, 16)
        len = len + 1
        if n - full == 3 then
            out[len] = band(rshift(v, 8), 0xFF)
            len = len + 1
        end
    end
    return ffi_str(out, len)
end

function _M.b64url_encode(bin)
    local n = #bin
    local out = ffi_new("unsigned char[?]", 4 * math.ceil(n / 3) + 1)
    local len = C.EVP_EncodeBlock(out, bin, n)
    return (ffi_str(out, len):gsub("+", "-"):gsub("/", "_"):gsub("=+$", ""))
end

-- ---- minimal DER, enough to wrap JWK members into a SubjectPublicKeyInfo -----------------------
local function der_len(n)
    if n < 0x80 then
        return char(n)
    end
    local bytes = {}
    while n > 0 do
        table.insert(bytes, 1, char(n % 256))
        n = math.floor(n / 256)
    end
    return char(0x80 + #bytes) .. concat(bytes)
end

local function der(tag, body)
    return char(tag) .. der_len(#body) .. body
end

-- Unsigned big-endian integer: strip leading zeros, add one back if the top bit is set.
local function der_uint(bin)
    local i = 1
    while i < #bin and byte(bin, i) == 0 do
        i = i + 1
    end
    bin = sub(bin, i)
    if byte(bin, 1) >= 0x80 then
        bin = "\0" .. bin
    end
    return der(0x02, bin)
end
_M.der_uint = der_uint

local RSA_ALG_ID = der(0x30, der(0x06, "\42\134\72\134\247\13\1\1\1") .. "\5\0")  -- rsaEncryption, NULL
local EC_P256_ALG_ID = der(0x30, der(0x06, "\42\134\72\206\61\2\1")               -- id-ecPublicKey
    .. der(0x06, "\42\134\72\206\61\3\1\7"))                                         -- prime256v1

local function load_spki(spki)
    local buf = ffi_new("unsigned char[?]", #spki)
    ffi.copy(buf, spki, #spki)
    local pp = ffi_new("const unsigned char*[1]", ffi_cast("const unsigned char*", buf))
    local pkey = C.d2i_PUBKEY(nil, pp, #spki)
    if pkey == nil then
        C.ERR_clear_error()
        return nil, "invalid key"
    end
    return ffi_gc(pkey, C.EVP_PKEY_free)
end

-- A JWK (decoded JSON table) -> {kty=, pkey=} or nil, reason. Only RSA >= 2048 bits and EC P-256.
function _M.public_key_from_jwk(jwk)
    if type(jwk) ~= "table" then
        return nil, "not an object"
    end
    if jwk.kty == "RSA" then
        local n, e = _M.b64url_decode(jwk.n), _M.b64url_decode(jwk.e)
        if not n or not e or #n == 0 or #e == 0 or #e > 8 then
            return nil, "bad RSA members"
        end
        local rsa = der(0x30, der_uint(n) .. der_uint(e))
        local pkey, err = load_spki(der(0x30, RSA_ALG_ID .. der(0x03, "\0" .. rsa)))
        if not pkey then
            return nil, err
        end
        if C.EVP_PKEY_get_bits(pkey) < 2048 then
            return nil, "RSA key too short"
        end
        return { kty = "RSA", pkey = pkey }
    elseif jwk.kty == "EC" then
        if jwk.crv ~= "P-256" then
            return nil, "unsupported curve"
        end
        local x, y = _M.b64url_decode(jwk.x), _M.b64url_decode(jwk.y)
        if not x or not y or #x ~= 32 or #y ~= 32 then
            return nil, "bad EC members"
        end
        -- d2i_PUBKEY checks the point is on the curve.
        local pkey, err = load_spki(der(0x30, EC_P256_ALG_ID .. der(0x03, "\0\4" .. x .. y)))
        if not pkey then
            return nil, err
        end
        return { kty = "EC", pkey = pkey }
    end
    return nil, "unsupported kty"
end

-- One verify context per key, initialised once (OpenSSL 3's EVP_DigestVerifyInit fetches the
-- algorithms again on every call, as costly as the RSA operation): a check is then SHA-256 of the
-- signing input and EVP_PKEY_verify. Kept in the key table, freed with it by the GC.
local RSA_PKCS1_PADDING = 1

local function verify_ctx(key)
    local ctx = key.verify_ctx
    if ctx then
        return ctx
    end
    ctx = C.EVP_PKEY_CTX_new(key.pkey, nil)
    if ctx == nil then
        C.ERR_clear_error()
        return nil
    end
    ctx = ffi_gc(ctx, C.EVP_PKEY_CTX_free)
    if C.EVP_PKEY_verify_init(ctx) ~= 1
        or key.kty == "RSA" and C.EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) ~= 1
        or C.EVP_PKEY_CTX_set_signature_md(ctx, SHA256_MD) ~= 1 then
        C.ERR_clear_error()
        return nil
    end
    key.verify_ctx = ctx
    return ctx
end

local function digest_verify(key, sig, data)
    local ctx = verify_ctx(key)
    if not ctx then
        return false
    end
    C.SHA256(data, #data, md_buf)
    local ok = C.EVP_PKEY_verify(ctx, sig, #sig, md_buf, 32) == 1
    if not ok then
        C.ERR_clear_error()
    end
    return ok
end

function _M.verify_rs256(key, data, sig)
    if key.kty ~= "RSA" then
        return false
    end
    return digest_verify(key, sig, data)
end

-- JWS ES256 signatures are raw r||s (RFC 7518 section 3.4); OpenSSL wants DER ECDSA-Sig-Value.
function _M.verify_es256(key, data, sig)
    if key.kty ~= "EC" or #sig ~= 64 then
        return false
    end
    local der_sig = der(0x30, der_uint(sub(sig, 1, 32)) .. der_uint(sub(sig, 33, 64)))
    return digest_verify(key, der_sig, data)
end

return _M
