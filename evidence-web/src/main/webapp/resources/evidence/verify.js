// The verify page: works out the SHA-256 of the file chosen, in the browser, a few megabytes at a
// time, and puts it in the form. The file itself is never sent: only its hash is.
// The hashing is @noble/hashes (vendored, see resources/vendor/) because the browser's own
// (crypto.subtle) is offered only over HTTPS, and a council intranet may serve the portal over
// plain HTTP; crypto.subtle cannot hash a file in pieces either. Without JavaScript, or in a
// browser without modules, the page still works with a hash pasted from sha256sum.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

// Only one piece of the file is in memory at a time, so a file of several gigabytes can be checked.
const CHUNK = 4 * 1024 * 1024;

// The page's own hashing, on window so that DisclosureIT can check it against NIST's examples.
// progress, if given, is told how many bytes are done before each piece is read.
async function bwvSha256Hex(blob, chunkSize = CHUNK, progress = () => {}) {
  const hasher = sha256.create();
  for (let at = 0; at < blob.size; at += chunkSize) {
    progress(at);
    hasher.update(new Uint8Array(await blob.slice(at, at + chunkSize).arrayBuffer()));
  }
  return bytesToHex(hasher.digest());
}
window.bwvSha256Hex = bwvSha256Hex;

const input = document.getElementById('chosenFile');
const hash = document.getElementById('verify:sha256');
const status = document.getElementById('hashStatus');
if (input && hash && window.Blob && Blob.prototype.arrayBuffer) {
  document.getElementById('chooseFile').hidden = false;
  input.addEventListener('change', () => {
    const file = input.files && input.files[0];
    if (!file) {
      return;
    }
    hash.value = '';
    bwvSha256Hex(file, CHUNK, (at) => {
      status.textContent = 'Working out the SHA-256 of ' + file.name + ': ' +
        Math.floor(100 * at / file.size) + '%';
    }).then((hex) => {
      hash.value = hex;
      status.textContent = 'SHA-256 of ' + file.name + ' worked out; choose Check.';
    }).catch(() => {
      status.textContent = 'This browser could not read the file: paste its SHA-256 instead.';
    });
  });
}
