// The verify page: works out the SHA-256 of the file chosen, in the browser, a few megabytes at a
// time, and puts it in the form. The file itself is never sent: only its hash and name are.
// SHA-256 is written out here (FIPS 180-4) because the browser's own (crypto.subtle) is offered
// only over HTTPS, and a council intranet may serve the portal over plain HTTP. Without
// JavaScript the page still works with a hash pasted from sha256sum.
(function () {
  'use strict';

  var K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ]);

  function Sha256() {
    this.h = new Uint32Array([
      0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
    ]);
    this.w = new Uint32Array(64);
    this.buffer = new Uint8Array(64);
    this.buffered = 0;
    this.total = 0;
  }

  Sha256.prototype.block = function (b, at) {
    var w = this.w, h = this.h, i, x, y;
    for (i = 0; i < 16; i++) {
      w[i] = (b[at + 4 * i] << 24) | (b[at + 4 * i + 1] << 16) | (b[at + 4 * i + 2] << 8) | b[at + 4 * i + 3];
    }
    for (i = 16; i < 64; i++) {
      x = w[i - 15];
      y = w[i - 2];
      w[i] = w[i - 16] + ((x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ (x >>> 3)) +
        w[i - 7] + ((y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ (y >>> 10));
    }
    var a = h[0], c1 = h[1], c2 = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7], t1, t2;
    for (i = 0; i < 64; i++) {
      t1 = (k + ((e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7)) +
        ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
      t2 = (((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10)) +
        ((a & c1) ^ (a & c2) ^ (c1 & c2))) | 0;
      k = g; g = f; f = e; e = (d + t1) | 0; d = c2; c2 = c1; c1 = a; a = (t1 + t2) | 0;
    }
    h[0] += a; h[1] += c1; h[2] += c2; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += k;
  };

  Sha256.prototype.update = function (bytes) {
    var at = 0, n = bytes.length;
    this.total += n;
    if (this.buffered > 0) {
      var take = Math.min(64 - this.buffered, n);
      this.buffer.set(bytes.subarray(0, take), this.buffered);
      this.buffered += take;
      at = take;
      if (this.buffered < 64) {
        return;
      }
      this.block(this.buffer, 0);
      this.buffered = 0;
    }
    for (; at + 64 <= n; at += 64) {
      this.block(bytes, at);
    }
    this.buffer.set(bytes.subarray(at), 0);
    this.buffered = n - at;
  };

  Sha256.prototype.hex = function () {
    var total = this.total;
    var tail = new Uint8Array(this.buffered < 56 ? 64 - this.buffered : 128 - this.buffered);
    tail[0] = 0x80;
    var hi = Math.floor(total / 0x20000000), lo = (total % 0x20000000) * 8, end = tail.length;
    tail[end - 8] = hi >>> 24; tail[end - 7] = hi >>> 16; tail[end - 6] = hi >>> 8; tail[end - 5] = hi;
    tail[end - 4] = lo >>> 24; tail[end - 3] = lo >>> 16; tail[end - 2] = lo >>> 8; tail[end - 1] = lo;
    this.update(tail);
    var out = '';
    for (var i = 0; i < 8; i++) {
      out += ('0000000' + this.h[i].toString(16)).slice(-8);
    }
    return out;
  };

  if (typeof document === 'undefined') {
    module.exports = Sha256;
    return;
  }

  var input = document.getElementById('chosenFile');
  var hash = document.getElementById('verify:sha256');
  var name = document.getElementById('verify:name');
  var status = document.getElementById('hashStatus');
  if (!input || !hash || !window.Blob || !Blob.prototype.arrayBuffer) {
    return;
  }
  document.getElementById('chooseFile').hidden = false;
  var CHUNK = 4 * 1024 * 1024;

  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    if (!file) {
      return;
    }
    hash.value = '';
    var sha = new Sha256();
    var at = 0;
    function next() {
      if (at >= file.size) {
        hash.value = sha.hex();
        name.value = file.name;
        status.textContent = 'SHA-256 of ' + file.name + ' worked out; choose Check.';
        return;
      }
      status.textContent = 'Working out the SHA-256 of ' + file.name + ': ' +
        Math.floor(100 * at / file.size) + '%';
      file.slice(at, at + CHUNK).arrayBuffer().then(function (bytes) {
        sha.update(new Uint8Array(bytes));
        at += CHUNK;
        next();
      }).catch(function () {
        status.textContent = 'This browser could not read the file: paste its SHA-256 instead.';
      });
    }
    next();
  });
})();
