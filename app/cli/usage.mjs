// @ts-check
// The --help text. The view names mirror engine/views/presets.ts; tests/e2e/cli.spec.ts fails when they drift apart.
import { DEFAULT_CROP_PADDING } from './parse-args.mjs';

export const USAGE = `Usage: npm run render -- <model files...> [options]
       node app/cli/render.mjs <model files...> [options]

Renders every model to images in headless Chromium with Modelshot's engine and writes the same files
as the app's export: <out>/<model>/<model>_<view>.png ... plus cameras.json and transforms.json.
Each argument is one model (.glb, .gltf, .obj, .stl, .ply); a .gltf or .obj takes its .bin, .mtl and
textures from its own folder. A model that fails is reported and the others still render.

Options:
  --views SPEC          standard-six (default), standard-six-iso or isometric-four;
                        presets separated by commas: front, back, left, right, top, bottom,
                          iso-front-right, iso-front-left, iso-back-right, iso-back-left,
                          three-quarter, three-quarter-left;
                        turntable:COUNT[:ELEVATION], e.g. turntable:12:20;
                        grid:ELEVATIONS/AZIMUTHS, e.g. grid:0,30/0,90,180,270;
                        model-cameras (the cameras stored in the file)
  --style LIST          styles separated by commas, e.g. clay,toon (default: the default look, pbr);
                        several give <model>_<style>_<view>.png per style, the passes once per view
  --style-param S.P=V   one style parameter, e.g. toon.bands=4 (repeatable)
  --size WxH            image size in pixels, or one number for a square (default 1024x1024)
  --out DIR             output folder, created when missing (default ./renders)
  --format FMT          png (default), jpeg or webp
  --quality Q           0..1, for jpeg and webp
  --background BG       transparent (default) or #rrggbb
  --projection P        perspective (default) or orthographic
  --up AXIS             the model's up axis: y (default) or z
  --padding N           margin around the model, percent of the image (default 5)
  --same-scale          the model has the same pixel size in every view
  --supersample K       1 (default), 2 or 4
  --crop [N]            crop each image to the model plus N% padding (default ${DEFAULT_CROP_PADDING})
  --passes LIST         extra PNGs per view: mask, depth, normals (e.g. mask,depth)
  --contact-sheet       one more image with every view side by side
  --backend B           auto (default), webgpu or webgl2
  --zip                 one <model>_views.zip per model instead of loose files
  -h, --help            this text

Exit status: 0 when every model rendered, 1 when any failed, 2 for a mistake on the command line.
Chromium: /usr/bin/chromium by default; CHROMIUM_PATH=/path/to/chrome picks another.`;
