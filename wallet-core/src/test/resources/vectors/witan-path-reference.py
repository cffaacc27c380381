# Independent reference: BIP-39 seed (hashlib PBKDF2), SLIP-0010 (hmac), Ed25519 (pyca/cryptography), bech32m (BIP-350 reference algorithm).
import hashlib, hmac, sys, unicodedata
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives import serialization
CH="qpzry9x8gf2tvdw0s3jn54khce6mua7l"
def polymod(v):
    G=[0x3b6a57b2,0x26508e6d,0x1ea119fa,0x3d4233dd,0x2a1462b3];c=1
    for x in v:
        b=c>>25;c=(c&0x1ffffff)<<5^x
        for i in range(5): c^=G[i] if (b>>i)&1 else 0
    return c
def hrpx(h): return [ord(x)>>5 for x in h]+[0]+[ord(x)&31 for x in h]
def enc(h,d):
    p=polymod(hrpx(h)+d+[0]*6)^0x2bc830a3
    return h+'1'+''.join(CH[x] for x in d+[(p>>5*(5-i))&31 for i in range(6)])
def bits(data,f,t):
    acc=0;b=0;out=[]
    for x in data:
        acc=acc<<f|x;b+=f
        while b>=t: b-=t;out.append(acc>>b&((1<<t)-1))
    if b: out.append(acc<<(t-b)&((1<<t)-1))
    return out
mn=sys.argv[1]; pp=sys.argv[2] if len(sys.argv)>2 else ''
seed=hashlib.pbkdf2_hmac('sha512',unicodedata.normalize('NFKD',mn).encode(),b'mnemonic'+unicodedata.normalize('NFKD',pp).encode(),2048)
I=hmac.new(b'ed25519 seed',seed,hashlib.sha512).digest();k,c=I[:32],I[32:]
for acct in (0,1):
  kk,cc=k,c
  for idx in (44,5720404,acct,0,0):
    I=hmac.new(cc,b'\0'+kk+(idx|0x80000000).to_bytes(4,'big'),hashlib.sha512).digest();kk,cc=I[:32],I[32:]
  pk=Ed25519PrivateKey.from_private_bytes(kk).public_key().public_bytes(serialization.Encoding.Raw,serialization.PublicFormat.Raw)
  a=hashlib.sha256(pk).digest()[:20]
  print(acct,pk.hex(),enc('wit',bits(a,8,5)),enc('witd',bits(a,8,5)))
