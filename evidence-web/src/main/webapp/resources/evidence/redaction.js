// The redaction page: follows the worker while it finds faces or makes the copy (reloading the page
// when it has finished), draws over the playing video the boxes the copy will blur (red) or keep
// (green), lets a box be drawn on the paused picture into the "Draw a box" form, and records that
// the preview, or the copy, was watched to the end: when a video ends having played all of it
// (faster is allowed), the page presses the form's button for it.
const job = document.getElementById('job');
if (job) {
  window.setTimeout(() => window.location.reload(), 2000);
}

// Must match Redactor.PADDING: the preview shows the boxes as the copy blurs them.
const PADDING = 0.35;

const stage = document.getElementById('stage');
const video = document.getElementById('preview');
const canvas = document.getElementById('overlay');
const tracks = stage ? JSON.parse(stage.dataset.tracks || '[]') : [];
const inverse = stage && stage.dataset.inverse === 'true';

// A track's box at a moment, as Track.at works it out: held for its margin before its first key
// and after its last, moving in a straight line between keys.
function boxAt(track, ms) {
  const keys = track.keys;
  if (keys.length === 0 || ms < keys[0][0] - track.margin || ms > keys[keys.length - 1][0] + track.margin) {
    return null;
  }
  let i = 0;
  while (i < keys.length - 1 && keys[i + 1][0] <= ms) {
    i++;
  }
  const a = keys[i];
  const b = keys[Math.min(i + 1, keys.length - 1)];
  if (ms <= a[0] || a === b) {
    return a.slice(1);
  }
  const f = (ms - a[0]) / (b[0] - a[0]);
  return [1, 2, 3, 4].map((k) => Math.round(a[k] + (b[k] - a[k]) * f));
}

function padded(box, width, height) {
  const dx = Math.ceil(box[2] * PADDING);
  const dy = Math.ceil(box[3] * PADDING);
  const x = Math.max(0, box[0] - dx);
  const y = Math.max(0, box[1] - dy);
  return [x, y, Math.min(width, box[0] + box[2] + dx) - x, Math.min(height, box[1] + box[3] + dy) - y];
}

let drawing = null;

function draw() {
  if (!video.videoWidth) {
    return;
  }
  canvas.width = video.clientWidth;
  canvas.height = video.clientHeight;
  const scale = Math.min(canvas.width / video.videoWidth, canvas.height / video.videoHeight);
  const offsetX = (canvas.width - video.videoWidth * scale) / 2;
  const offsetY = (canvas.height - video.videoHeight * scale) / 2;
  const g = canvas.getContext('2d');
  g.clearRect(0, 0, canvas.width, canvas.height);
  g.lineWidth = 3;
  g.font = '16px sans-serif';
  const ms = video.currentTime * 1000;
  for (const t of tracks) {
    if (t.action === 'REMOVE') {
      continue;
    }
    const box = boxAt(t, ms);
    if (!box) {
      continue;
    }
    const p = padded(box, video.videoWidth, video.videoHeight);
    const keep = t.action === 'KEEP';
    g.strokeStyle = keep ? '#00703c' : '#d4351c';
    g.fillStyle = g.strokeStyle;
    g.strokeRect(offsetX + p[0] * scale, offsetY + p[1] * scale, p[2] * scale, p[3] * scale);
    g.fillText(String(t.n), offsetX + p[0] * scale + 4, offsetY + p[1] * scale + 18);
  }
  if (inverse) {
    g.fillStyle = '#d4351c';
    g.fillText('Everything but the green boxes is blurred', offsetX + 8, offsetY + 24);
  }
  if (drawing && drawing.to) {
    g.strokeStyle = '#ffdd00';
    g.strokeRect(drawing.from[0], drawing.from[1], drawing.to[0] - drawing.from[0], drawing.to[1] - drawing.from[1]);
  }
  return { scale, offsetX, offsetY };
}

// Whether the video has played from its start to its end, in however many pieces.
function playedAll(v) {
  const ranges = [];
  for (let i = 0; i < v.played.length; i++) {
    ranges.push([v.played.start(i), v.played.end(i)]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let reached = 0;
  for (const [start, end] of ranges) {
    if (start > reached + 0.5) {
      return false;
    }
    reached = Math.max(reached, end);
  }
  return reached >= v.duration - 0.5;
}

function pressWhenWatched(v, buttonId) {
  const button = document.getElementById(buttonId);
  if (!v || !button) {
    return;
  }
  v.addEventListener('ended', () => {
    if (playedAll(v)) {
      button.style.display = 'inline-block';
      button.click();
    }
  });
}

function time(seconds) {
  const whole = Math.floor(seconds);
  const tenths = Math.floor((seconds - whole) * 10);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}${tenths ? `.${tenths}` : ''}`;
}

if (video && canvas) {
  const redraw = () => {
    draw();
    if (!video.paused) {
      window.requestAnimationFrame(redraw);
    }
  };
  ['loadedmetadata', 'seeked', 'play', 'pause', 'timeupdate'].forEach((e) => video.addEventListener(e, redraw));
  window.addEventListener('resize', redraw);
  pressWhenWatched(video, 'preview:watched');

  const mode = document.getElementById('drawMode');
  mode.addEventListener('click', () => {
    video.pause();
    stage.classList.toggle('evidence-redaction--drawing');
    mode.textContent = stage.classList.contains('evidence-redaction--drawing') ? 'Stop drawing' : 'Draw a box on the picture';
  });
  const at = (e) => {
    const r = canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  canvas.addEventListener('pointerdown', (e) => {
    drawing = { from: at(e), to: null };
    canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener('pointermove', (e) => {
    if (drawing) {
      drawing.to = at(e);
      draw();
    }
  });
  canvas.addEventListener('pointerup', (e) => {
    if (!drawing) {
      return;
    }
    drawing.to = at(e);
    const { scale, offsetX, offsetY } = draw();
    const x0 = Math.min(drawing.from[0], drawing.to[0]);
    const y0 = Math.min(drawing.from[1], drawing.to[1]);
    const x1 = Math.max(drawing.from[0], drawing.to[0]);
    const y1 = Math.max(drawing.from[1], drawing.to[1]);
    const set = (id, value) => { document.getElementById(id).value = value; };
    set('draw:drawnAt', time(video.currentTime));
    set('draw:boxX', Math.round((x0 - offsetX) / scale));
    set('draw:boxY', Math.round((y0 - offsetY) / scale));
    set('draw:boxWidth', Math.round((x1 - x0) / scale));
    set('draw:boxHeight', Math.round((y1 - y0) / scale));
    drawing = null;
    stage.classList.remove('evidence-redaction--drawing');
    mode.textContent = 'Draw a box on the picture';
    document.getElementById('draw:addBox').focus();
  });
}
pressWhenWatched(document.getElementById('copy'), 'checked:copyWatched');
