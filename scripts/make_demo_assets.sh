#!/usr/bin/env bash
# make_demo_assets.sh - regenerate the synthesized media of the bundled demo.
#
# Writes, from nothing but sox and ffmpeg (plus awk for arithmetic):
#   assets/demo/music/quiet-harbour.ogg   ~96 s  bed to play quietly under a story
#   assets/demo/music/homeward.ogg        ~80 s  a slow, more moving piano-and-pad piece
#   assets/demo/music/slow-breath.ogg     ~48 s  very calm "breathing" piece (soft landing)
#   assets/demo/film/first-light.mp4      ~40 s  sunrise over the sea, 640x360 H.264 + AAC
#
# The story texts in assets/demo/stories/ are committed as they are; this script only
# checks that they exist. Everything here is deterministic: sox runs with -R (fixed
# seeds, no random dither), ffmpeg with bitexact flags (fixed Ogg serial numbers, no
# version tags) and single-threaded encoders, so running it twice gives byte-identical
# files. Safe to run from any directory, as often as you like. Takes about 3 minutes.
#
# Usage: scripts/make_demo_assets.sh [--keep-work]
set -euo pipefail
export LC_ALL=C

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
DEMO="$ROOT/assets/demo"
SR=44100

die() { echo "make_demo_assets: $*" >&2; exit 1; }
for tool in sox ffmpeg ffprobe awk; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is required but not installed"
done
ENCODERS="$(ffmpeg -hide_banner -encoders 2>/dev/null || true)"
[[ "$ENCODERS" == *libvorbis* ]] || die "ffmpeg lacks the libvorbis encoder"
[[ "$ENCODERS" == *libx264* ]] || die "ffmpeg lacks the libx264 encoder"

for story in little-match-girl.txt happy-prince-abridged.txt; do
  [[ -s "$DEMO/stories/$story" ]] || die "missing story text assets/demo/stories/$story"
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/tearconsole-demo.XXXXXX")"
if [[ "${1:-}" == "--keep-work" ]]; then
  echo "work files kept in $WORK"
else
  trap 'rm -rf "$WORK"' EXIT
fi

mkdir -p "$DEMO/music" "$DEMO/film"

# ---------------------------------------------------------------------------
# A tiny synthesizer on top of sox.
#
# Every note becomes its own 32-bit float stereo file, already delayed to its start
# time; notes are summed per "bus" (pad, keys, bass), the buses are mixed, given a
# room reverb, trimmed, faded and normalised. Instruments:
#   pad   two slightly detuned sines plus a soft octave, slow swell (strings/organ pad)
#   keys  Karplus-Strong pluck, darkened: a soft felt-piano / harp tone that decays
#   bass  a plain sine with a slow swell
# ---------------------------------------------------------------------------
SOX=(sox -R -D -V1)
FLOAT=(-r "$SR" -b 32 -e floating-point)
MONO_IN=(-r "$SR" -c 1 -n)              # synth input: one channel ...
FLOAT_OUT=(-b 32 -e floating-point)     # ... output: float, stereo after remix
NOTE_N=0

hz()    { awk -v m="$1" 'BEGIN { printf "%.4f", 440 * 2 ^ ((m - 69) / 12) }'; }
calc()  { awk "BEGIN { printf \"%.4f\", $1 }"; }
# equal-power pan, -1 (left) .. +1 (right)
panlr() { awk -v p="$1" 'BEGIN { a = (p + 1) * atan2(1, 1); printf "%.4f %.4f", cos(a), sin(a) }'; }

# note PIECE BUS KIND MIDI START_S DUR_S VEL PAN
note() {
  local piece=$1 bus=$2 kind=$3 midi=$4 start=$5 dur=$6 vel=$7 pan=$8
  local f len att rel l r out
  f=$(hz "$midi")
  read -r l r <<<"$(panlr "$pan")"
  NOTE_N=$((NOTE_N + 1))
  out="$WORK/$piece/$bus/n$(printf %05d "$NOTE_N").wav"
  mkdir -p "$(dirname "$out")"
  case "$kind" in
    pad)
      rel=3; len=$(calc "$dur + $rel"); att=$(calc "($dur < 5 ? $dur / 2 : 2.5)")
      "${SOX[@]}" "${MONO_IN[@]}" "${FLOAT_OUT[@]}" "$out" \
        synth "$len" sine "$f" synth "$len" sine mix "$(calc "$f * 1.0035")" \
        synth "$len" sine mix "$(calc "$f * 2.002")" \
        lowpass 1400 fade h "$att" "$len" "$rel" \
        vol "$vel" remix 1v"$l" 1v"$r" pad "$start" ;;
    keys)
      len=$(calc "$dur + 1.6")
      "${SOX[@]}" "${MONO_IN[@]}" "${FLOAT_OUT[@]}" "$out" \
        synth "$len" pluck "$f" 0 0 62 18 62 \
        lowpass 2600 fade 0.012 "$len" 1.2 \
        vol "$vel" remix 1v"$l" 1v"$r" pad "$start" ;;
    bass)
      rel=2.5; len=$(calc "$dur + $rel")
      "${SOX[@]}" "${MONO_IN[@]}" "${FLOAT_OUT[@]}" "$out" \
        synth "$len" sine "$f" fade h 1.5 "$len" "$rel" \
        vol "$vel" remix 1v"$l" 1v"$r" pad "$start" ;;
    *) die "unknown instrument $kind" ;;
  esac
}

# chord PIECE START DUR VEL BASS_MIDI PAD_MIDI...  (pad voices spread across the stereo field)
chord() {
  local piece=$1 start=$2 dur=$3 vel=$4 bass=$5; shift 5
  local n=$# i=0 m pan
  note "$piece" bass bass "$bass" "$start" "$dur" "$(calc "$vel * 0.9")" 0
  for m in "$@"; do
    pan=$(calc "($n > 1) ? -0.6 + 1.2 * $i / ($n - 1) : 0")
    note "$piece" pad pad "$m" "$start" "$dur" "$vel" "$pan"
    i=$((i + 1))
  done
}

# sum a bus without rescaling (floats do not clip between stages)
mixbus() {
  local dir=$1 out=$2 f args=()
  for f in "$dir"/*.wav; do args+=(-v 1 "$f"); done
  if (( ${#args[@]} == 3 )); then cp "${args[2]}" "$out"; else "${SOX[@]}" -m "${args[@]}" "${FLOAT[@]}" "$out"; fi
}

# render PIECE TOTAL_S FADE_IN FADE_OUT PAD_LVL KEYS_LVL BASS_LVL REVERB OUT.wav
# FADE_IN "loop" makes a seamless loop instead of fades: whatever rings on past TOTAL_S
# (the last chord's release and the reverb tail) is folded back onto the beginning, so
# the end flows straight into the start when the player loops the file.
render() {
  local piece=$1 total=$2 fin=$3 fout=$4 lp=$5 lk=$6 lb=$7 rev=$8 out=$9 bus args=()
  for bus in pad keys bass; do
    [[ -d "$WORK/$piece/$bus" ]] || continue
    mixbus "$WORK/$piece/$bus" "$WORK/$piece-$bus.wav"
  done
  [[ -f "$WORK/$piece-pad.wav" ]] && "${SOX[@]}" "$WORK/$piece-pad.wav" "$WORK/$piece-pad-ch.wav" \
    chorus 0.7 0.9 55 0.4 0.25 2 -t
  [[ -f "$WORK/$piece-pad-ch.wav" ]] && args+=(-v "$lp" "$WORK/$piece-pad-ch.wav")
  [[ -f "$WORK/$piece-keys.wav" ]] && args+=(-v "$lk" "$WORK/$piece-keys.wav")
  [[ -f "$WORK/$piece-bass.wav" ]] && args+=(-v "$lb" "$WORK/$piece-bass.wav")
  "${SOX[@]}" -m "${args[@]}" "${FLOAT[@]}" "$WORK/$piece-mix.wav" \
    highpass 35 pad 0 6 reverb "$rev" 50 100 100 20 0
  if [[ "$fin" == loop ]]; then
    "${SOX[@]}" "$WORK/$piece-mix.wav" "$WORK/$piece-body.wav" trim 0 "$total"
    "${SOX[@]}" "$WORK/$piece-mix.wav" "$WORK/$piece-tail.wav" trim "$total"
    "${SOX[@]}" -m -v 1 "$WORK/$piece-body.wav" -v 1 "$WORK/$piece-tail.wav" "${FLOAT[@]}" "$out" \
      gain -n -4.5
  else
    "${SOX[@]}" "$WORK/$piece-mix.wav" "${FLOAT[@]}" "$out" \
      trim 0 "$total" fade q "$fin" "$total" "$fout" gain -n -4.5
  fi
}

# finished files are written in $WORK first and moved into place, so an interrupted run
# never leaves a half-written file in assets/
encode_ogg() { # IN.wav OUT.ogg
  ffmpeg -nostdin -hide_banner -loglevel error -y -threads 1 -i "$1" \
    -map_metadata -1 -fflags +bitexact -flags:a +bitexact \
    -c:a libvorbis -q:a 1.5 -ar "$SR" -ac 2 "$WORK/out.ogg"
  mv -f "$WORK/out.ogg" "$2"
}

# ---------------------------------------------------------------------------
# 1. Quiet Harbour - F major, 16 chords of 6 s (96 s): a pad with a few slow piano
#    notes, deliberately sparse so that it sits under a voice reading aloud. Made as a
#    seamless loop (no fades; the last chord, a C, resolves into the opening F), since
#    a bed loops for as long as the story lasts; the console fades it in and out.
# ---------------------------------------------------------------------------
echo "music: quiet-harbour"
P=harbour; T=0; D=6
#         bass  pad voices         keys (two soft notes per chord: at 0 s and 3 s)
while read -r bass v1 v2 v3 v4 k1 k2; do
  chord $P "$T" "$D" 0.5 "$bass" "$v1" "$v2" "$v3" "$v4"
  note $P keys keys "$k1" "$(calc "$T + 0.2")" 3 0.35 -0.25
  note $P keys keys "$k2" "$(calc "$T + 3.2")" 3 0.28 0.25
  T=$(calc "$T + $D")
done <<'SCORE'
41 53 57 60 65  72 69
38 53 57 60 62  69 65
46 53 58 62 65  70 74
48 52 55 60 64  67 72
45 52 57 60 65  72 76
46 53 58 62 65  74 70
43 53 58 62 67  70 67
48 53 55 60 64  67 65
41 53 57 60 65  69 72
38 53 57 60 62  74 72
34 53 58 62 65  70 69
36 52 55 60 64  67 64
41 53 57 60 65  65 69
40 52 55 60 64  67 72
38 53 57 60 62  69 65
36 52 55 60 65  67 65
SCORE
render $P 96 loop 0 1.0 0.9 0.8 45 "$WORK/quiet-harbour.wav"
encode_ogg "$WORK/quiet-harbour.wav" "$DEMO/music/quiet-harbour.ogg"

# ---------------------------------------------------------------------------
# 2. Homeward - D-flat major, 20 chords of 3.75 s (~80 s): pad and bass under a
#    simple piano melody, I-V-vi-IV, a turn through the relative minor, a rise to the
#    high tonic and a long last chord.
# ---------------------------------------------------------------------------
echo "music: homeward"
P=homeward; D=3.75; B=$(calc "$D / 4")
CH_I="37 53 56 61"; CH_V="44 51 56 60"; CH_vi="46 53 58 61"; CH_IV="42 54 58 61"
CH_ii="39 54 58 61 63"; CH_iii="41 53 56 60"; CH_Vs="44 51 56 61"
i=0
# each line: chord | melody as beat:midi:beats ...
while IFS='|' read -r ch mel; do
  T=$(calc "$i * $D")
  dur=$D; [[ "$ch" == "I_end" ]] && dur=9
  case "$ch" in
    I|I_end) set -- $CH_I ;; V) set -- $CH_V ;; vi) set -- $CH_vi ;; IV) set -- $CH_IV ;;
    ii) set -- $CH_ii ;; iii) set -- $CH_iii ;; Vs) set -- $CH_Vs ;;
  esac
  chord $P "$T" "$dur" 0.38 "$@"
  for ev in $mel; do
    IFS=: read -r b m len <<<"$ev"
    note $P keys keys "$m" "$(calc "$T + $b * $B")" "$(calc "$len * $B")" 0.6 "$(calc "($m - 68) / 20")"
  done
  i=$((i + 1))
done <<'SCORE'
I|0:65:2 2:68:2
V|0:72:3 3:68:1
vi|0:73:2 2:72:1 3:70:1
IV|0:70:3 3:68:1
I|0:68:2 2:65:2
V|0:63:2 2:65:1 3:68:1
IV|0:66:4
IV|0:65:2 2:63:2
vi|0:61:1 1:65:1 2:70:2
iii|0:68:2 2:72:2
IV|0:73:3 3:70:1
I|0:68:4
ii|0:66:2 2:70:2
Vs|0:68:3 3:73:1
V|0:72:4
I|0:73:4
IV|0:77:2 2:75:1 3:73:1
V|0:75:2 2:72:2
I|0:73:3 3:68:1
I_end|0:65:2 2:61:4 0:73:6
SCORE
render $P 80 2 7 1.0 1.0 0.8 55 "$WORK/homeward.wav"
encode_ogg "$WORK/homeward.wav" "$DEMO/music/homeward.ogg"

# ---------------------------------------------------------------------------
# 3. Slow Breath - C major, 6 cycles of 8 s (48 s): Cmaj7 swelling for 4 s (breathe
#    in), Fmaj7/C for 4 s (breathe out), over a low C; one soft high note per cycle.
#    A seamless loop too, for the soft landing.
# ---------------------------------------------------------------------------
echo "music: slow-breath"
P=breath
for c in 0 1 2 3 4 5; do
  T=$((c * 8))
  note $P bass bass 36 "$T" 8 0.4 0        # low C drone, one swell per breath
  chord $P "$T" 4.5 0.42 48 55 59 64 67
  chord $P "$((T + 4))" 4.5 0.38 41 57 60 64 65
  case $c in 0|2|4) k=76 ;; 1|3) k=79 ;; *) k=72 ;; esac
  note $P keys keys "$k" "$((T + 1))" 3 0.22 "$(calc "0.3 - 0.12 * $c")"
done
render $P 48 loop 0 1.0 0.8 0.5 60 "$WORK/slow-breath.wav"
encode_ogg "$WORK/slow-breath.wav" "$DEMO/music/slow-breath.ogg"

# ---------------------------------------------------------------------------
# 4. First Light - 40 s film: dawn over a calm sea. Drawn per pixel with geq at
#    320x180, 24 fps, scaled to 640x360: the sky brightens from night blue to
#    morning, the sun rises slowly out of the sea behind faint drifting cloud
#    streaks, and its reflection shimmers on the water. Fades in from black and out
#    to black. Soundtrack: a variant of the Quiet Harbour material (F major chords
#    with a slowly rising piano line), made by the same synthesizer.
# ---------------------------------------------------------------------------
echo "film: first-light (soundtrack)"
P=film; T=0; D=5
while read -r bass v1 v2 v3 v4 k1 k2; do
  chord $P "$T" "$D" 0.5 "$bass" "$v1" "$v2" "$v3" "$v4"
  note $P keys keys "$k1" "$(calc "$T + 0.5")" 2.5 0.3 -0.3
  note $P keys keys "$k2" "$(calc "$T + 3.0")" 2 0.3 0.3
  T=$(calc "$T + $D")
done <<'SCORE'
41 53 57 60 65  65 69
45 52 57 60 64  69 72
46 53 58 62 65  70 74
48 52 55 60 64  72 76
38 53 57 62 65  74 77
46 53 58 62 65  77 74
48 52 55 60 64  72 76
41 53 57 60 65  77 81
SCORE
render $P 40 5 6 1.0 0.9 0.8 50 "$WORK/first-light.wav"

echo "film: first-light (picture; this takes a minute)"
FD=40
# per-pixel helpers (x, y in 0..1; t = T/FD in 0..1)
x='(X/W)'; y='(Y/H)'; t="(T/$FD)"
HZN=0.64
SX=0.62
SY="($HZN + 0.10 - 0.34*$t)"
DSUN="hypot(($x-$SX)*16/9, $y-$SY)"
SKY="lt($y, $HZN)"
G="pow($y/$HZN, 1.6)"                                         # 0 top .. 1 horizon
HALO="exp(-pow($DSUN,2)/0.03)*(0.35+0.65*$t)"
DISC="clip((0.05-$DSUN)/0.012, 0, 1)*clip(($HZN-$y)/0.01, 0, 1)"
CLOUD="pow(max(0, sin($y*34 + 1.4*sin($x*3.1 + T*0.035))), 3)*(0.55+0.45*sin($x*6.3 - $y*9 + T*0.05))*clip(($y-0.12)/0.12,0,1)*clip((0.54-$y)/0.12,0,1)"
Q="(($y-$HZN)/(1-$HZN))"                                        # 0 horizon .. 1 bottom
GLINT="exp(-pow(($x-$SX)*16/9,2)/(0.002+0.04*$Q))*pow(0.5+0.5*sin(Y*0.7 - T*1.1 + 1.6*sin(X*0.06 + T*0.2)), 6)*(0.6+0.4*sin(X*0.31 + Y*0.45 + T*0.8))*(0.25+0.75*$t)"
# colour channel: TOPn (night top), TOPd (day top), HORn, HORd, HALO, CLOUD, GLINT tints
chan() {
  local topn=$1 topd=$2 horn=$3 hord=$4 halo=$5 cloud=$6 glint=$7
  local top="($topn + ($topd-$topn)*$t)" hor="($horn + ($hord-$horn)*$t)"
  echo "clip(if($SKY, $top*(1-$G) + $hor*$G + $halo*$HALO + 255*$DISC + $cloud*$CLOUD*(0.25+0.5*$t), ($hor*0.6*(1-$Q) + $top*0.5*$Q) + $glint*$GLINT), 0, 255)"
}
R=$(chan 14 92 105 250 255 240 255)
Gc=$(chan 18 132 52 178 170 150 205)
Bc=$(chan 48 196 70 140 90 150 140)
ffmpeg -nostdin -hide_banner -loglevel error -y -threads 2 \
  -f lavfi -i "color=c=black:s=320x180:r=24:d=$FD,format=gbrp" \
  -i "$WORK/first-light.wav" \
  -filter_complex "[0:v]geq=r='$R':g='$Gc':b='$Bc',gblur=sigma=0.7,scale=640:360:flags=bicubic,format=yuv420p,fade=t=in:st=0:d=4,fade=t=out:st=$((FD - 5)):d=5,setsar=1[v]" \
  -map '[v]' -map 1:a -t "$FD" \
  -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
  -c:v libx264 -preset slow -crf 29 -tune film -x264-params threads=1:aq-mode=3 -pix_fmt yuv420p \
  -c:a aac -b:a 48k -ar "$SR" -ac 2 \
  -movflags +faststart "$WORK/first-light.mp4"
mv -f "$WORK/first-light.mp4" "$DEMO/film/first-light.mp4"

echo "done:"
for f in "$DEMO"/music/*.ogg "$DEMO"/film/*.mp4; do
  printf '  %-36s %6.1f s  %8d bytes\n' "${f#"$ROOT"/}" \
    "$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$f")" "$(stat -c %s "$f")"
done
