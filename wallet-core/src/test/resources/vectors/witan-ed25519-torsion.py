#!/usr/bin/env python3
"""Generates witan-ed25519-torsion.json: Ed25519 cases around the curve's cofactor.

Independent of the Java code: plain Python integers, the edwards25519 formulas of RFC 8032
section 5.1 and hashlib's SHA-512. Deterministic: every scalar comes from SHA-512 of a label.
Run: python3 witan-ed25519-torsion.py > witan-ed25519-torsion.json
"""
import hashlib
import json

p = 2**255 - 19
L = 2**252 + 27742317777372353535851937790883648493
d = -121665 * pow(121666, p - 2, p) % p
SQRT_M1 = pow(2, (p - 1) // 4, p)
IDENTITY = (0, 1, 1, 0)


def add(P, Q):
    x1, y1, z1, t1 = P
    x2, y2, z2, t2 = Q
    a = (y1 - x1) * (y2 - x2) % p
    b = (y1 + x1) * (y2 + x2) % p
    c = t1 * 2 * d * t2 % p
    dd = z1 * 2 * z2 % p
    e, f, g, h = b - a, dd - c, dd + c, b + a
    return (e * f % p, g * h % p, f * g % p, e * h % p)


def mul(s, P):
    Q = IDENTITY
    while s > 0:
        if s & 1:
            Q = add(Q, P)
        P = add(P, P)
        s >>= 1
    return Q


def recover_x(y, sign):
    x2 = (y * y - 1) * pow(d * y * y + 1, p - 2, p)
    x = pow(x2, (p + 3) // 8, p)
    if (x * x - x2) % p:
        x = x * SQRT_M1 % p
    assert (x * x - x2) % p == 0
    return p - x if (x & 1) != sign else x


def encode(P):
    zi = pow(P[2], p - 2, p)
    x, y = P[0] * zi % p, P[1] * zi % p
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def decode(b):
    y = int.from_bytes(b, "little")
    sign, y = y >> 255, y & ((1 << 255) - 1)
    x = recover_x(y, sign)
    return (x, y, 1, x * y % p)


def h512(data):
    return int.from_bytes(hashlib.sha512(data).digest(), "little")


def scalar(label):
    return h512(label.encode()) % L


B = decode((4 * pow(5, p - 2, p) % p).to_bytes(32, "little"))
T8 = decode(bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"))
assert mul(8, T8)[0] % p == 0 and encode(mul(4, T8)) != encode(IDENTITY)


def sign_with_r(a, A, R, r, msg):
    """S = r + k*a for a chosen R (R = [r]B + torsion, or a pure torsion point with r = 0)."""
    k = h512(encode(R) + encode(A) + msg) % L
    return encode(R) + ((r + k * a) % L).to_bytes(32, "little"), k


def is_identity(P):
    return P[0] % p == 0 and (P[1] - P[2]) % p == 0


def equations(pk, msg, sig):
    """(cofactored, cofactorless): whether [8][S]B = [8](R + [k]A), and [S]B = R + [k]A."""
    A, R, S = decode(pk), decode(sig[:32]), int.from_bytes(sig[32:], "little")
    k = h512(sig[:32] + pk + msg) % L
    neg = lambda P: (p - P[0], P[1], P[2], p - P[3])
    diff = add(mul(S, B), neg(add(R, mul(k, A))))
    return is_identity(mul(8, diff)), is_identity(diff)


def full_order(pk):
    P = decode(pk)
    return not is_identity(P) and is_identity(mul(L, P))


def small_order(pk):
    return is_identity(mul(8, decode(pk)))


def case(name, pk, sig, valid):
    cofactored, cofactorless = equations(pk, msg, sig)
    return {"name": name, "publicKey": pk.hex(), "message": msg.hex(), "signature": sig.hex(),
            "keyIsFullOrder": full_order(pk), "keyIsSmallOrder": small_order(pk),
            "cofactoredEquationHolds": cofactored, "cofactorlessEquationHolds": cofactorless,
            "valid": valid}


def first(label, accept, make):
    for i in range(1000):
        case = make(scalar(label + "/" + str(i)))
        if accept(case):
            return case
    raise RuntimeError(label)


tests = []
msg = b"witan torsion vectors"

# A key with a torsion component: A = [a]B + T8. Cofactored verification accepts an honest
# signature whatever k mod 8 is; cofactorless verification only when 8 divides k.
a = scalar("mixed-order key")
A_mixed = add(mul(a, B), T8)
for want_zero in (True, False):
    sig, k = first("mixed key r", lambda c: (c[1] % 8 == 0) == want_zero,
                   lambda r: sign_with_r(a, A_mixed, mul(r, B), r, msg))
    name = "mixed-order key, k mod 8 %s 0" % ("==" if want_zero else "!=")
    tests.append(case(name, encode(A_mixed), sig, False))

# A proper key ([a]B) and an R with a torsion component, or R a small-order point itself.
a = scalar("prime-order key")
A = mul(a, B)
sig, k = first("mixed R", lambda c: c[1] % 8 != 0,
               lambda r: sign_with_r(a, A, add(mul(r, B), T8), r, msg))
tests.append(case("R = [r]B + T8 (mixed order)", encode(A), sig, True))
for name, R in (("R = T8 (order 8)", T8), ("R = identity", IDENTITY)):
    tests.append(case(name, encode(A), sign_with_r(a, A, R, 0, msg)[0], True))

# Every canonical small-order key, with R = identity and S = 0: the cofactored equation holds
# for every message, so these keys must be refused outright.
for i in range(8):
    P = mul(i, T8)
    name = "small-order key [%d]T8 (%s...)" % (i, encode(P).hex()[:8])
    tests.append(case(name, encode(P), encode(IDENTITY) + bytes(32), False))
assert len({t["publicKey"] for t in tests[-8:]}) == 8
for t in tests:
    assert t["cofactoredEquationHolds"], t["name"]
    assert t["keyIsFullOrder"] == t["valid"], t["name"]
assert [t["cofactorlessEquationHolds"] for t in tests[:5]] == [True, False, False, False, True]

print(json.dumps({
    "source": "Witan project, generated by witan-ed25519-torsion.py (same folder)",
    "note": "Cases around the cofactor 8 of edwards25519. 'valid' is the Witan rule "
            "(docs/protocol.md section 2): the public key must canonically encode a point of "
            "order L, and the cofactored equation [8][S]B = [8]R + [8][k]A decides.",
    "tests": tests,
}, indent=2))
