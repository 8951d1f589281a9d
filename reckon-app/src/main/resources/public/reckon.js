// Reckon's one script (no inline script is allowed): draws land outlines on the map from the
// Natural Earth data served by Reckon itself, when the page has a map, and gives the review
// queue its keys. Everything else works without JavaScript.
(function () {
  var map = document.getElementById('map');
  if (!map || typeof topojson === 'undefined') { return; }
  var west = +map.dataset.west, east = +map.dataset.east, south = +map.dataset.south, north = +map.dataset.north;
  function x(lon) { return (lon - west) / (east - west) * 700; }
  function y(lat) { return (north - lat) / (north - south) * 300; }
  fetch('/static/vendor/land-110m.json').then(function (r) { return r.json(); }).then(function (world) {
    var land = topojson.feature(world, world.objects.land);
    var d = '';
    land.features.forEach(function (f) {
      var polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      polys.forEach(function (poly) {
        poly.forEach(function (ring) {
          ring.forEach(function (p, i) { d += (i ? 'L' : 'M') + x(p[0]).toFixed(1) + ' ' + y(p[1]).toFixed(1); });
          d += 'Z';
        });
      });
    });
    var path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', d);
    path.setAttribute('class', 'land');
    document.getElementById('land').appendChild(path);
    map.dataset.land = 'drawn';
  });
}());

// The review queue's keys: j/k (or n/p) move to the next/previous item, c starts a confirm of the
// current one (focuses its reason; Enter sends it), o opens its incident page, Escape leaves a
// field. Keys typed into a field are the field's.
(function () {
  var queue = document.getElementById('queue');
  if (!queue) { return; }
  var items = Array.prototype.slice.call(queue.querySelectorAll('.review-item'));
  if (!items.length) { return; }
  var current = 0;
  var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target && items.indexOf(target) >= 0) { current = items.indexOf(target); }
  function select(i, scroll) {
    items[current].classList.remove('current');
    current = Math.max(0, Math.min(items.length - 1, i));
    items[current].classList.add('current');
    queue.dataset.current = items[current].id;
    if (scroll) { items[current].scrollIntoView({block: 'start'}); }
  }
  select(current, false);
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) {
      if (e.key === 'Escape') { t.blur(); }
      return;
    }
    if (e.key === 'j' || e.key === 'n') {
      select(current + 1, true);
      e.preventDefault();
    } else if (e.key === 'k' || e.key === 'p') {
      select(current - 1, true);
      e.preventDefault();
    } else if (e.key === 'c') {
      var reason = items[current].querySelector('form.decision.confirm input[name=reason]');
      if (reason) {
        reason.focus();
        e.preventDefault();
      }
    } else if (e.key === 'o') {
      location.href = items[current].dataset.href;
    }
  });
  items.forEach(function (item, i) {
    item.addEventListener('click', function () { select(i, false); });
  });
}());
