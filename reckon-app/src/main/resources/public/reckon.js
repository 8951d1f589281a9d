// Reckon's one script (no inline script is allowed): draws land outlines on the map from the
// Natural Earth data served by Reckon itself, when the page has a map. Everything else works
// without JavaScript.
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
