// The report's page: reads the data block, draws the charts, and redraws them when a filter changes.
// Message texts and names come from other people's phones: they only ever reach the page through textContent and
// the charts' canvas, never as markup.
(function () {
  'use strict';
  var TEXT = {
    fr: {
      subtitle: 'Scores du modèle {model}, par {by}. Polarité de −1 (négatif) à +1 (positif).',
      by: { day: 'jour', week: 'semaine', month: 'mois' },
      chats: 'Discussions', contacts: 'Contacts', period: 'Période', from: 'Du', to: 'au',
      compare: 'Contacts comparés (polarité moyenne par période)',
      examplesTitle: 'Messages d’une période', examplesHint: 'Touchez ou cliquez une période d’un graphique pour voir ses messages les plus positifs et les plus négatifs.',
      positive: 'Les plus positifs', negative: 'Les plus négatifs', none: 'Aucun message.',
      notKept: 'Pas d’exemples gardés pour cette période : le rapport en aurait été trop lourd. Refaites-le par semaine ou par mois, ou sur moins de dates (--from, --to).',
      messages: 'messages', mean: 'moyenne', band: 'intervalle à 95 %', trend: 'tendance', perPeriod: 'par {by}',
      stable: 'stable', noTrend: 'une seule période', shares: ['négatifs', 'neutres', 'positifs'],
      active: 'Périodes les plus actives : ', nothing: 'Aucun message dans cette sélection.',
      footer: 'Rapport humeur généré le {date}, sur cet ordinateur ; il ne charge rien d’Internet. {examples}',
      examplesNote: 'Exemples : au plus 3 messages les plus positifs et 3 les plus négatifs par contact, discussion et période.',
      chartKey: 'Points : polarité moyenne de la période ; colonne claire : son intervalle à 95 % ; en bas : nombre de messages. Un vide : aucun message.'
    },
    en: {
      subtitle: 'Scores of model {model}, by {by}. Polarity from −1 (negative) to +1 (positive).',
      by: { day: 'day', week: 'week', month: 'month' },
      chats: 'Chats', contacts: 'Contacts', period: 'Period', from: 'From', to: 'to',
      compare: 'Contacts compared (mean polarity per period)',
      examplesTitle: 'Messages of a period', examplesHint: 'Tap or click a period on a chart to see its most positive and most negative messages.',
      positive: 'Most positive', negative: 'Most negative', none: 'No message.',
      notKept: 'No examples were kept for this period: the report would have been too heavy. Make it by week or month, or over fewer dates (--from, --to).',
      messages: 'messages', mean: 'mean', band: '95% interval', trend: 'trend', perPeriod: 'per {by}',
      stable: 'steady', noTrend: 'a single period', shares: ['negative', 'neutral', 'positive'],
      active: 'Most active periods: ', nothing: 'No message in this selection.',
      footer: 'humeur report generated on {date}, on this computer; it loads nothing from the Internet. {examples}',
      examplesNote: 'Examples: at most the 3 most positive and 3 most negative messages per contact, chat and period.',
      chartKey: 'Points: mean polarity of the period; light column: its 95% interval; below: number of messages. A gap: no message.'
    }
  };
  var PALETTE = ['#1565c0', '#ef6c00', '#6a1b9a', '#00838f', '#ad1457', '#558b2f', '#4e342e', '#283593', '#f9a825', '#37474f'];
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var t = TEXT[data.lang] || TEXT.fr;
  var byName = t.by[data.by];
  var state = {
    chats: data.chats.map(function () { return true; }),
    contacts: data.contacts.map(function () { return true; }),
    from: 0,
    to: data.periods.length - 1
  };
  var charts = [];
  var examplesByCell = {};
  data.examples.forEach(function (e) {
    (examplesByCell[e[0]] = examplesByCell[e[0]] || []).push(e);
  });

  function byId(id) { return document.getElementById(id); }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, key) { return values[key]; });
  }
  // Two decimals with a sign; what rounds to zero is +0.00, never −0.00.
  function signed(x) {
    var r = Math.round(x * 100) / 100;
    return (r >= 0 ? '+' : '−') + Math.abs(r).toFixed(2);
  }
  function percent(x) { return Math.round(x * 100) + ' %'; }

  // A tally adds up exactly: [count, sum, sum of squares, negative, neutral, positive].
  function emptyTally() { return [0, 0, 0, 0, 0, 0]; }
  function addTally(into, cell) { for (var i = 0; i < 6; i++) { into[i] += cell[i + 3]; } }
  function mean(tl) { return tl[1] / tl[0]; }
  // 95% interval of the mean; a single message says nothing of the spread, so its standard deviation is taken as 1.
  function interval(tl) {
    var n = tl[0];
    var se = n < 2 ? 1 : Math.sqrt(Math.max(0, (tl[2] - tl[1] * tl[1] / n) / (n - 1)) / n);
    return [Math.max(-1, mean(tl) - 1.96 * se), Math.min(1, mean(tl) + 1.96 * se)];
  }

  // Per selected contact, one tally per period of the selected range (null where there were no messages).
  function aggregate() {
    var per = {};
    data.cells.forEach(function (cell) {
      var chat = cell[0], contact = cell[1], period = cell[2];
      if (!state.chats[chat] || !state.contacts[contact] || period < state.from || period > state.to) { return; }
      var row = per[contact] = per[contact] || [];
      var tl = row[period - state.from] = row[period - state.from] || emptyTally();
      addTally(tl, cell);
    });
    var periodCount = state.to - state.from + 1;
    var result = [];
    data.contacts.forEach(function (name, index) {
      if (!per[index]) { return; }
      var row = [];
      for (var p = 0; p < periodCount; p++) { row.push(per[index][p] || null); }
      result.push({ index: index, name: name, periods: row });
    });
    return result;
  }

  function overview(contact) {
    var total = emptyTally(), xs = [], ys = [];
    contact.periods.forEach(function (tl, p) {
      if (!tl) { return; }
      for (var i = 0; i < 6; i++) { total[i] += tl[i]; }
      xs.push(p); ys.push(mean(tl));
    });
    var slope = NaN;
    if (xs.length >= 2) {
      var mx = xs.reduce(function (a, b) { return a + b; }, 0) / xs.length;
      var my = ys.reduce(function (a, b) { return a + b; }, 0) / ys.length;
      var sxy = 0, sxx = 0;
      xs.forEach(function (x, i) { sxy += (x - mx) * (ys[i] - my); sxx += (x - mx) * (x - mx); });
      slope = sxy / sxx;
    }
    var active = contact.periods.map(function (tl, p) { return { p: p, n: tl ? tl[0] : 0 }; })
      .filter(function (a) { return a.n > 0; })
      .sort(function (a, b) { return b.n - a.n || a.p - b.p; }).slice(0, 3);
    return { total: total, slope: slope, active: active };
  }

  function labels() { return data.periods.slice(state.from, state.to + 1); }

  function tooltip(params) {
    var box = el('div');
    if (!params.length) { return box; }
    box.appendChild(el('b', null, params[0].axisValue));
    var low = null;
    params.forEach(function (p) {
      if (p.value === null || p.value === undefined || p.value === '-') { return; }
      if (p.seriesId === 'low') { low = p.value; return; }
      var value = p.seriesId === 'count' ? String(p.value)
        : p.seriesId === 'width' ? '[' + signed(low) + ', ' + signed(low + p.value) + ']' : signed(p.value);
      box.appendChild(el('div', null, p.seriesName + ' : ' + value));
    });
    return box;
  }

  function baseOption() {
    return {
      animation: false,
      grid: { left: 44, right: 44, top: 28, bottom: 56 },
      tooltip: { trigger: 'axis', confine: true, formatter: tooltip, extraCssText: 'max-width: 320px; white-space: normal;' },
      xAxis: { type: 'category', data: labels(), axisLabel: { hideOverlap: true } },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 6 }]
    };
  }

  // A click anywhere above a period (not only on its point) picks that period: points are small on a phone.
  function onPeriodClick(chart, grids, handler) {
    chart.getZr().on('click', function (event) {
      var pixel = [event.offsetX, event.offsetY];
      for (var g = 0; g < grids; g++) {
        if (chart.containPixel({ gridIndex: g }, pixel)) {
          var index = Math.round(chart.convertFromPixel({ gridIndex: g }, pixel)[0]);
          if (index >= 0 && index <= state.to - state.from) { handler(index); }
          return;
        }
      }
    });
  }

  function newChart(node) {
    var chart = echarts.init(node, null, { renderer: 'canvas' });
    charts.push(chart);
    return chart;
  }

  function compareChart(contacts) {
    var chart = newChart(byId('compare-chart'));
    var option = baseOption();
    option.legend = { type: 'scroll', top: 0 };
    option.grid.top = 40;
    option.yAxis = { type: 'value', min: -1, max: 1 };
    option.series = contacts.map(function (c) {
      return {
        type: 'line', name: c.name, connectNulls: false, symbolSize: 5,
        itemStyle: { color: PALETTE[c.index % PALETTE.length] },
        data: c.periods.map(function (tl) { return tl ? mean(tl) : null; })
      };
    });
    chart.setOption(option);
    onPeriodClick(chart, 1, function (index) {
      // The comparison chart is everyone's: its period shows the messages of every contact shown.
      showExamples(contacts, index);
    });
  }

  function contactCard(contact) {
    var o = overview(contact);
    var card = el('article', 'contact');
    card.dataset.contact = String(contact.index);
    card.appendChild(el('h2', null, contact.name));
    var stats = el('p', 'stats');
    function stat(value, label) {
      var s = el('span');
      s.appendChild(el('b', null, value));
      s.appendChild(document.createTextNode(' ' + label));
      stats.appendChild(s);
    }
    stat(o.total[0].toLocaleString(data.lang), t.messages);
    stat(signed(mean(o.total)), t.mean);
    if (isNaN(o.slope)) {
      stat('–', t.trend + ' (' + t.noTrend + ')');
    } else {
      var arrow = Math.abs(o.slope) < 0.005 ? '→' : o.slope > 0 ? '↗' : '↘';
      stat(arrow + ' ' + signed(o.slope), t.trend + ' ' + fill(t.perPeriod, { by: byName })
        + (Math.abs(o.slope) < 0.005 ? ' (' + t.stable + ')' : ''));
    }
    card.appendChild(stats);
    var shares = el('div', 'shares');
    var legend = [];
    ['negative', 'neutral', 'positive'].forEach(function (name, i) {
      var share = o.total[3 + i] / o.total[0];
      var bar = el('span', name);
      bar.style.width = (share * 100) + '%';
      shares.appendChild(bar);
      legend.push(percent(share) + ' ' + t.shares[i]);
    });
    card.appendChild(shares);
    card.appendChild(el('p', 'share-legend', legend.join(' · ')));
    var periodLabels = labels();
    card.appendChild(el('p', 'active', t.active + o.active.map(function (a) {
      return periodLabels[a.p] + ' (' + a.n + ')';
    }).join(', ')));
    var holder = el('div', 'chart');
    card.appendChild(holder);
    card.appendChild(el('p', 'hint', t.chartKey));
    byId('contacts').appendChild(card);

    var chart = newChart(holder);
    var option = baseOption();
    var color = PALETTE[contact.index % PALETTE.length];
    // Two grids over the same periods: polarity with its band above, message counts below.
    option.grid = [{ left: 44, right: 16, top: 12, height: '54%' }, { left: 44, right: 16, bottom: 52, height: '12%' }];
    option.xAxis = [option.xAxis, { type: 'category', gridIndex: 1, data: labels(), axisLabel: { show: false }, axisTick: { show: false } }];
    option.yAxis = [{ type: 'value', min: -1, max: 1 },
      { type: 'value', gridIndex: 1, min: 0, minInterval: 1, splitNumber: 1 }];
    option.axisPointer = { link: [{ xAxisIndex: 'all' }] };
    option.tooltip.formatter = function (params) {
      var box = tooltip(params);
      if (!params.length) { return box; }
      var examples = examplesOf([contact], state.from + params[0].dataIndex);
      [examples.positives[0], examples.negatives[0]].forEach(function (item) {
        if (!item) { return; }
        var text = Array.from(item.e[3]);
        var line = el('div', 'tip-example', signed(item.e[2]) + ' « ' + (text.length > 80 ? text.slice(0, 80).join('') + '…' : item.e[3]) + ' »');
        line.dir = 'auto';
        box.appendChild(line);
      });
      return box;
    };
    option.dataZoom.forEach(function (zoom) { zoom.xAxisIndex = [0, 1]; });
    var bands = contact.periods.map(function (tl) { return tl ? interval(tl) : null; });
    option.series = [
      // The band is a column per period from its low end to its high end, drawn as two stacked bars: an invisible
      // one up to the low end, and the band on top. Columns, unlike an area, show isolated periods too.
      { id: 'low', type: 'bar', stack: 'band', stackStrategy: 'all', silent: true, barWidth: '60%', barMaxWidth: 48,
        itemStyle: { color: 'rgba(0,0,0,0)' }, data: bands.map(function (b) { return b ? b[0] : null; }) },
      { id: 'width', name: t.band, type: 'bar', stack: 'band', stackStrategy: 'all', silent: true, barWidth: '60%', barMaxWidth: 48,
        itemStyle: { color: color, opacity: 0.2 }, data: bands.map(function (b) { return b ? b[1] - b[0] : null; }) },
      { id: 'mean', name: t.mean, type: 'line', connectNulls: false, symbolSize: 6, itemStyle: { color: color },
        data: contact.periods.map(function (tl) { return tl ? mean(tl) : null; }) },
      { id: 'count', name: t.messages, type: 'bar', xAxisIndex: 1, yAxisIndex: 1, itemStyle: { color: '#b0bec5' },
        barWidth: '60%', barMaxWidth: 48, data: contact.periods.map(function (tl) { return tl ? tl[0] : null; }) }
    ];
    chart.setOption(option);
    onPeriodClick(chart, 2, function (index) { showExamples([contact], index); });
  }

  // The most positive and most negative kept messages of some contacts (one or several) in a period.
  function examplesOf(contacts, period) {
    var found = [];
    var anyCell = false;
    var wanted = {};
    contacts.forEach(function (c) { wanted[c.index] = true; });
    data.cells.forEach(function (cell, c) {
      if (!wanted[cell[1]] || cell[2] !== period || !state.chats[cell[0]]) { return; }
      anyCell = true;
      (examplesByCell[c] || []).forEach(function (e) {
        found.push({ chat: data.chats[cell[0]], contact: contacts.length > 1 ? data.contacts[cell[1]] : null, e: e });
      });
    });
    found.sort(function (a, b) { return b.e[2] - a.e[2]; });
    // Few messages: split them rather than show the same ones in both lists.
    var positives = found.slice(0, Math.min(3, Math.ceil(found.length / 2)));
    var negatives = found.slice(positives.length).reverse().slice(0, 3);
    return { positives: positives, negatives: negatives, missing: anyCell && !found.length && !data.examplesComplete };
  }

  function showExamples(contacts, index) {
    var period = state.from + index;
    var examples = examplesOf(contacts, period);
    var positives = examples.positives, negatives = examples.negatives;
    byId('examples-title').textContent = (contacts.length === 1 ? contacts[0].name + ' — ' : '') + data.periods[period];
    byId('examples-hint').textContent = examples.missing ? t.notKept : '';
    list(byId('examples-positive'), positives);
    list(byId('examples-negative'), negatives);
    byId('examples').dataset.period = data.periods[period];
    if (window.innerWidth < 600) { byId('examples').scrollIntoView({ behavior: 'smooth' }); }
  }

  function list(ol, items) {
    ol.textContent = '';
    if (!items.length) { ol.appendChild(el('li', 'empty', t.none)); }
    items.forEach(function (item) {
      var e = item.e;
      var li = el('li');
      var meta = el('span', 'meta');
      meta.appendChild(el('span', 'score ' + (e[2] >= 0 ? 'pos' : 'neg'), signed(e[2])));
      meta.appendChild(document.createTextNode(' · ' + e[1].replace('T', ' ').slice(0, 16) + ' · '
        + (item.contact ? item.contact + ', ' : '') + item.chat));
      li.appendChild(meta);
      var text = el('span', 'text', e[3]);
      text.dir = 'auto';
      li.appendChild(text);
      ol.appendChild(li);
    });
  }

  function render() {
    charts.forEach(function (chart) { chart.dispose(); });
    charts = [];
    byId('contacts').textContent = '';
    var contacts = aggregate();
    byId('compare').hidden = contacts.length === 0;
    if (!contacts.length) {
      byId('contacts').appendChild(el('p', 'hint', t.nothing));
      return;
    }
    compareChart(contacts);
    contacts.forEach(contactCard);
    document.body.dataset.rendered = String(charts.length);
  }

  function checkboxes(container, names, selected) {
    names.forEach(function (name, i) {
      var label = el('label');
      var box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.value = String(i);
      box.addEventListener('change', function () { selected[i] = box.checked; render(); });
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + name));
      container.appendChild(label);
    });
  }

  function periodSelects() {
    var from = byId('from'), to = byId('to');
    data.periods.forEach(function (p, i) {
      from.appendChild(new Option(p, String(i), i === 0, i === 0));
      to.appendChild(new Option(p, String(i), i === data.periods.length - 1, i === data.periods.length - 1));
    });
    function change() {
      var a = Number(from.value), b = Number(to.value);
      state.from = Math.min(a, b);
      state.to = Math.max(a, b);
      render();
    }
    from.addEventListener('change', change);
    to.addEventListener('change', change);
  }

  function labelsOfPage() {
    byId('subtitle').textContent = fill(t.subtitle, { model: data.model, by: byName });
    document.querySelector('#filter-chats legend').textContent = t.chats;
    document.querySelector('#filter-contacts legend').textContent = t.contacts;
    document.querySelector('#filter-period legend').textContent = t.period;
    byId('from-label').textContent = t.from;
    byId('to-label').textContent = t.to;
    byId('compare-title').textContent = t.compare;
    byId('examples-title').textContent = t.examplesTitle;
    byId('examples-hint').textContent = t.examplesHint;
    byId('positive-title').textContent = t.positive;
    byId('negative-title').textContent = t.negative;
    byId('footer').textContent = fill(t.footer, { date: data.generated, examples: t.examplesNote });
  }

  labelsOfPage();
  checkboxes(document.querySelector('#filter-chats .choices'), data.chats, state.chats);
  checkboxes(document.querySelector('#filter-contacts .choices'), data.contacts, state.contacts);
  periodSelects();
  render();
  window.addEventListener('resize', function () { charts.forEach(function (chart) { chart.resize(); }); });
}());
