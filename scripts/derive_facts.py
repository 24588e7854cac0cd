#!/usr/bin/env python3
"""Derive Nephos' embedded default facts from the public data in ../shared/data.

Reads (relative to the repository root, or --data DIR):
  catalog/prices.csv, catalog/prices_all_regions.csv, geo/regions.csv,
  geo/world_countries.geojson, network/{throughput,latency,egress_cost}.csv,
  energy/{region_pue,grid_emissions,cpu_power_coefficients,gpu_specs}.csv, energy/constants.md
Writes:
  resources/data/default-pack.json   (the DataPack, format: docs/data-pack-format.md)
  resources/data/world-110m.json     (simplified country outlines)

Python 3 standard library only. The output is a pure function of the input files
(sorted keys, fixed rounding), so re-running it gives byte-identical files.
Every rule below is documented in docs/data.md.
"""

import argparse
import csv
import json
import math
import os
import re
import statistics
import sys

# ---------------------------------------------------------------------------------------------
# Selection (the only hand-made choices; everything else is looked up)

PROVIDERS = [
    ("aws", "Amazon Web Services"),
    ("gcp", "Google Cloud"),
    ("azure", "Microsoft Azure"),
]

# 18 regions, 6 per provider, on four continents (North America, Europe, Asia, South America).
REGIONS = {
    "aws": ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1", "sa-east-1"],
    "gcp": ["us-central1", "us-east1", "us-west1", "europe-west4", "asia-northeast1",
            "asia-southeast1"],
    "azure": ["eastus", "westus2", "westeurope", "northeurope", "southeastasia", "japaneast"],
}

# Instance types from small CPU VMs (2 vCPU / 4 GiB) to 8-GPU machines. The "HPC" class of the
# paper (64 vCPU / 512 GB / 4 GPUs) is matched by g3.16xlarge (64/488/4), Standard_NC64as_T4_v3
# (64/440/4) and a2-highgpu-4g (48/340/4); larger 4-GPU types are listed too.
INSTANCE_TYPES = {
    "aws": ["t3.medium", "m5.large", "m5.xlarge", "m5.2xlarge", "c5.4xlarge", "m5.8xlarge",
            "r5.8xlarge", "m5.16xlarge", "r5.16xlarge", "g4dn.xlarge", "g4dn.12xlarge",
            "g5.xlarge", "g5.12xlarge", "g6.xlarge", "p3.2xlarge", "p3.8xlarge", "g3.16xlarge",
            "g6e.12xlarge", "p4d.24xlarge", "p5.48xlarge"],
    "gcp": ["e2-medium", "n2-standard-2", "n2-standard-4", "n2-standard-8", "c2-standard-16",
            "n2-standard-32", "n2-highmem-32", "n2-standard-64", "n2-highmem-64",
            "g2-standard-4", "g2-standard-48", "a2-highgpu-1g", "a2-highgpu-4g",
            "a2-highgpu-8g", "a3-highgpu-8g", "n1-standard-8+1xnvidia-tesla-t4",
            "n1-standard-32+4xnvidia-tesla-t4", "n1-standard-8+1xnvidia-tesla-v100"],
    "azure": ["Standard_B2s", "Standard_D2s_v5", "Standard_D4s_v5", "Standard_D8s_v5",
              "Standard_F16s_v2", "Standard_D32s_v5", "Standard_E32s_v5", "Standard_D64s_v5",
              "Standard_E64s_v5", "Standard_NC4as_T4_v3", "Standard_NC64as_T4_v3",
              "Standard_NC6s_v3", "Standard_NC24s_v3", "Standard_NC24ads_A100_v4",
              "Standard_NC96ads_A100_v4", "Standard_ND96asr_v4", "Standard_ND96isr_H100_v5"],
}

# GPU names of prices.csv -> name in the CCF GPU watts table (energy/constants.md).
CCF_GPU_NAMES = {
    "M60": "Tesla M60", "T4": "T4", "T4G": "T4", "K80": "Tesla K80", "V100": "Tesla V100",
    "V100-32GB": "Tesla V100", "A100": "Tesla A100", "A100-80GB": "Tesla A100", "K520": "K520",
    "A10G": "A10G", "P4": "Tesla P4", "P100": "Tesla P100", "Radeon-Pro-V520": "Radeon Pro V520",
}

EARTH_RADIUS_KM = 6371.0088
MIN_FIT_SAMPLES = 10  # provider pairs with fewer measured links use the global network fit
OUTLINE_TOLERANCE_DEG = 0.2  # Douglas-Peucker tolerance for the world outline
OUTLINE_MIN_AREA_DEG2 = 1.0  # smaller rings are dropped unless they are a country's largest


def die(msg):
    sys.stderr.write("derive_facts: " + msg + "\n")
    sys.exit(1)


def read_csv(data, rel):
    path = os.path.join(data, rel)
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def r6(x):
    return float("%.6g" % x) if abs(x) < 1 else round(x, 6)


def great_circle_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def least_squares(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    slope = sxy / sxx
    return my - slope * mx, slope


# ---------------------------------------------------------------------------------------------
# energy/constants.md tables

def parse_constants_md(data):
    text = open(os.path.join(data, "energy/constants.md"), encoding="utf-8").read()
    pue = {}
    for name, value in re.findall(r"^\| (AWS|GCP|Azure) \| ([0-9.]+) \| [A-Z] `PUE_AVG", text, re.M):
        pue[name.lower()] = float(value)
    gpu = {}
    for _maker, model, lo, hi in re.findall(
            r"^\| (NVIDIA|AMD|Xilinx) \| ([^|]+?) \| ([0-9.]+) \| ([0-9.]+) \|", text, re.M):
        gpu[model] = (float(lo), float(hi))
    mem = re.search(r"^\| memory \| ([0-9.]+) \|", text, re.M)
    net = re.search(r"^\| networking \| ([0-9.]+) \|", text, re.M)
    if len(pue) != 3 or not gpu or not mem or not net:
        die("energy/constants.md: expected PUE, GPU watts, memory and networking tables")
    return pue, gpu, float(mem.group(1)), float(net.group(1))


# ---------------------------------------------------------------------------------------------

def build_regions(data, pue_default, provenance_notes):
    geo = {(r["provider"], r["region"]): r for r in read_csv(data, "geo/regions.csv")}
    pue = {(r["provider"], r["region"]): r for r in read_csv(data, "energy/region_pue.csv")}
    grid = {(r["provider"], r["region"]): r for r in read_csv(data, "energy/grid_emissions.csv")}
    out = []
    for provider, _ in PROVIDERS:
        for code in REGIONS[provider]:
            key = (provider, code)
            if key not in geo:
                die("geo/regions.csv has no %s:%s" % key)
            g = geo[key]
            region = {
                "id": "%s:%s" % key, "provider": provider, "name": g["display_name"],
                "latitude": float(g["latitude"]), "longitude": float(g["longitude"]),
            }
            if key in pue:
                region["pue"] = float(pue[key]["pue"])
                provenance_notes["region:%s:%s" % key] = "pue: GSF %s" % pue[key]["year"]
            else:
                region["pue"] = pue_default[provider]
                region["pue_estimated"] = True
                provenance_notes["region:%s:%s" % key] = "pue: CCF provider average (estimated)"
            if key in grid:
                region["carbon_kg_per_kwh"] = float(grid[key]["kg_co2e_per_kwh"])
                provenance_notes["region:%s:%s" % key] += "; carbon: " + grid[key]["source"]
            else:
                vals = [float(r["kg_co2e_per_kwh"]) for k, r in grid.items() if k[0] == provider]
                region["carbon_kg_per_kwh"] = r6(statistics.median(vals))
                region["carbon_estimated"] = True
                provenance_notes["region:%s:%s" % key] += "; carbon: provider median (estimated)"
            out.append(region)
    return out


def build_gpu_models(data, ccf_gpu, types):
    specs = {r["gpu_model"]: r for r in read_csv(data, "energy/gpu_specs.csv")}
    # TDP-based fallback fitted on the models that have both a CCF figure and a TDP.
    max_ratio, min_ratio = [], []
    for name, ccf_name in sorted(CCF_GPU_NAMES.items()):
        if name in specs and ccf_name in ccf_gpu and name == ccf_name.replace("Tesla ", ""):
            lo, hi = ccf_gpu[ccf_name]
            max_ratio.append(hi / float(specs[name]["tdp_w"]))
            min_ratio.append(lo / hi)
    k_max, k_min = statistics.median(max_ratio), statistics.median(min_ratio)
    # Every GPU of gpu_specs.csv (a complete GPU table for imports), at least those used.
    used = sorted({t["gpu_model"] for t in types if t["gpu_model"]} | set(specs))
    out, notes = [], {}
    for name in used:
        if name not in specs:
            die("energy/gpu_specs.csv has no %s" % name)
        s = specs[name]
        model = {"name": name, "fp32_tflops": float(s["fp32_tflops"]),
                 "fp16_tflops": float(s["fp16_tensor_tflops_dense"]),
                 "memory_gb": float(s["memory_gb"])}
        ccf_name = CCF_GPU_NAMES.get(name)
        if ccf_name in ccf_gpu:
            model["idle_watts"], model["max_watts"] = ccf_gpu[ccf_name]
            notes["gpu:" + name] = "watts: CCF %s; throughput: gpu_specs.csv" % ccf_name
        else:
            hi = k_max * float(s["tdp_w"])
            model["max_watts"] = round(hi, 1)
            model["idle_watts"] = round(k_min * hi, 1)
            notes["gpu:" + name] = ("watts: estimated from TDP %s W (max = %.4f x TDP, idle = "
                                    "%.4f x max, CCF ratios); throughput: gpu_specs.csv"
                                    % (s["tdp_w"], k_max, k_min))
        out.append(model)
    return out, notes, k_max, k_min


def cpu_coefficients(data):
    rows = read_csv(data, "energy/cpu_power_coefficients.csv")
    out = {}
    for provider, _ in PROVIDERS:
        sel = [r for r in rows if r["provider"] == provider]
        out[provider] = (r6(statistics.mean(float(r["min_watts_per_vcpu"]) for r in sel)),
                         r6(statistics.mean(float(r["max_watts_per_vcpu"]) for r in sel)),
                         len(sel))
    return out


def build_types_and_offers(data, cpu, notes):
    prices = {(r["provider"], r["region"], r["instance_type"]): r
              for r in read_csv(data, "catalog/prices.csv")}
    sky = {(r["provider"], r["region"], r["instance_type"]): r
           for r in read_csv(data, "catalog/prices_all_regions.csv")}
    types, offers = [], []
    for provider, _ in PROVIDERS:
        # Region price ratio against the provider's reference region, for derived prices:
        # median over GPU types priced in prices.csv in both regions.
        ref = REGIONS[provider][0]
        for name in INSTANCE_TYPES[provider]:
            spec = next((prices[k] for k in sorted(prices) if k[0] == provider and k[2] == name),
                        None)
            if spec is None:
                die("catalog/prices.csv has no %s %s" % (provider, name))
            gpu = spec["gpu_model"]
            if ":" in gpu:
                die("fractional GPU type %s not supported in the default pack" % name)
            types.append({
                "name": name, "provider": provider, "vcpus": float(spec["vcpus"]),
                "memory_gib": float(spec["memory_gib"]), "gpu_model": gpu,
                "gpu_count": int(spec["gpu_count"]),
                "cpu_min_watts_per_vcpu": cpu[provider][0],
                "cpu_max_watts_per_vcpu": cpu[provider][1],
            })
            for code in REGIONS[provider]:
                key = (provider, code, name)
                offer = {"region": "%s:%s" % (provider, code), "instance_type": name}
                od = spot = None
                src = []
                if key in prices:
                    od = float(prices[key]["price_usd_per_hour"])
                    src.append("od: prices.csv (%s)" % prices[key]["source"])
                    if prices[key]["spot_price_usd_per_hour"]:
                        spot = float(prices[key]["spot_price_usd_per_hour"])
                        src.append("spot: prices.csv")
                if key in sky:
                    if od is None:
                        od = float(sky[key]["price_usd_per_hour"])
                        src.append("od: prices_all_regions.csv (SkyPilot)")
                    if spot is None and sky[key]["spot_price_usd_per_hour"]:
                        spot = float(sky[key]["spot_price_usd_per_hour"])
                        src.append("spot: prices_all_regions.csv (SkyPilot)")
                if od is None:
                    if gpu or cpu_rows_exist(prices, sky, provider, code):
                        continue  # not offered there: the catalogs cover this region's CPU types
                    ratio, n = region_ratio(prices, provider, ref, code)
                    ref_key = (provider, ref, name)
                    if ref_key not in prices or n == 0:
                        continue
                    od = float(prices[ref_key]["price_usd_per_hour"]) * ratio
                    ref_spot = sky.get(ref_key, {}).get("spot_price_usd_per_hour", "")
                    if ref_spot:
                        ref_od = float(sky[ref_key]["price_usd_per_hour"])
                        spot = od * float(ref_spot) / ref_od
                    offer["estimated"] = True
                    src = ["estimated: %s price in %s x %.4f (median %s/%s price ratio over %d "
                           "GPU types in prices.csv)%s" % (name, ref, ratio, code, ref, n,
                                                           "; spot keeps the SkyPilot "
                                                           "spot/on-demand ratio of " + ref
                                                           if spot is not None else "")]
                offer["on_demand_usd_per_hour"] = r6(od)
                if spot is not None:
                    offer["spot_usd_per_hour"] = r6(spot)
                notes["offer:%s:%s/%s" % key] = "; ".join(src)
                offers.append(offer)
    return types, offers


def cpu_rows_exist(prices, sky, provider, code):
    """True when a catalog prices any of the selected CPU-only types in that region."""
    cpu_types = [t for t in INSTANCE_TYPES[provider]
                 if any(k[0] == provider and k[2] == t and r["gpu_count"] == "0" and
                        not r["gpu_model"] for k, r in prices.items())]
    return any((provider, code, t) in table for table in (prices, sky) for t in cpu_types)


def region_ratio(prices, provider, ref, code):
    ratios = []
    for (p, g, t), r in prices.items():
        if p == provider and g == code and int(r["gpu_count"]) > 0 and (p, ref, t) in prices:
            ratios.append(float(r["price_usd_per_hour"]) /
                          float(prices[(p, ref, t)]["price_usd_per_hour"]))
    return (statistics.median(ratios), len(ratios)) if ratios else (1.0, 0)


def build_network(data, regions):
    coords = {(r["provider"] + ":" + r["region"]): (float(r["latitude"]), float(r["longitude"]))
              for r in read_csv(data, "geo/regions.csv")}
    thr = {(r["src_region"], r["dst_region"]): float(r["throughput_gbps"])
           for r in read_csv(data, "network/throughput.csv")}
    lat = {(r["src_region"], r["dst_region"]): float(r["rtt_ms_avg"])
           for r in read_csv(data, "network/latency.csv")}
    egr = {(r["src_region"], r["dst_region"]): float(r["usd_per_gb"])
           for r in read_csv(data, "network/egress_cost.csv")}

    def dist(a, b):
        return great_circle_km(*coords[a], *coords[b])

    # Gap models: ln(throughput) and RTT linear in great-circle km, fitted per provider pair
    # (src provider > dst provider) on every measured pair with known coordinates; the global
    # fit is the fallback for provider pairs with fewer than MIN_FIT_SAMPLES measurements.
    def provider(region_id):
        return region_id.split(":")[0]

    def fits(table, transform):
        samples = {}
        for (a, b), v in table.items():
            if a in coords and b in coords:
                samples.setdefault("*", []).append((dist(a, b), transform(v)))
                samples.setdefault(provider(a) + ">" + provider(b), []).append(
                    (dist(a, b), transform(v)))
        return {k: least_squares([x for x, _ in v], [y for _, y in v]) + (len(v),)
                for k, v in sorted(samples.items()) if k == "*" or len(v) >= MIN_FIT_SAMPLES}

    thr_fit = fits(thr, math.log)
    rtt_fit = fits(lat, lambda v: v)

    def model(fit, a, b):
        return fit.get(provider(a) + ">" + provider(b), fit["*"])

    def egress_estimate(src, dst):
        sp, dp = src.split(":")[0], dst.split(":")[0]
        same = [v for (a, b), v in egr.items() if a == src and a != b and
                (b.split(":")[0] == sp) == (sp == dp)]
        if not same:
            same = [v for (a, b), v in egr.items() if a.split(":")[0] == sp and a != b and
                    (b.split(":")[0] == sp) == (sp == dp)]
        return statistics.median(same)

    links = []
    ids = [r["id"] for r in regions]
    counts = {"throughput": 0, "rtt": 0, "egress": 0}
    for a in ids:
        for b in ids:
            if a == b:
                continue
            d = dist(a, b)
            link = {"src": a, "dst": b}
            if (a, b) in thr:
                link["throughput_gbps"] = thr[(a, b)]
            else:
                fa, fb, _ = model(thr_fit, a, b)
                link["throughput_gbps"] = round(math.exp(fa + fb * d), 4)
                link["throughput_estimated"] = True
                counts["throughput"] += 1
            if (a, b) in lat:
                link["rtt_ms"] = lat[(a, b)]
            else:
                fa, fb, _ = model(rtt_fit, a, b)
                link["rtt_ms"] = round(max(0.1, fa + fb * d), 3)
                link["rtt_estimated"] = True
                counts["rtt"] += 1
            if (a, b) in egr:
                link["egress_usd_per_gb"] = egr[(a, b)]
            else:
                link["egress_usd_per_gb"] = egress_estimate(a, b)
                link["egress_estimated"] = True
                counts["egress"] += 1
            links.append(link)
    return links, {"throughput": thr_fit, "rtt": rtt_fit}, counts


# ---------------------------------------------------------------------------------------------
# World outline

def ring_area(ring):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2


def douglas_peucker(pts, tol):
    if len(pts) < 3:
        return pts
    (x1, y1), (x2, y2) = pts[0], pts[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = math.hypot(dx, dy)
    best, index = -1.0, 0
    for i in range(1, len(pts) - 1):
        x, y = pts[i]
        d = (abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm if norm > 0
             else math.hypot(x - x1, y - y1))
        if d > best:
            best, index = d, i
    if best <= tol:
        return [pts[0], pts[-1]]
    return douglas_peucker(pts[:index + 1], tol)[:-1] + douglas_peucker(pts[index:], tol)


def simplify_ring(ring):
    ring = douglas_peucker([tuple(p) for p in ring], OUTLINE_TOLERANCE_DEG)
    pts = []
    for lon, lat in ring:
        p = (round(lon, 1), round(lat, 1))
        if not pts or pts[-1] != p:
            pts.append(p)
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    return pts


def build_world(data):
    with open(os.path.join(data, "geo/world_countries.geojson"), encoding="utf-8") as f:
        fc = json.load(f)
    countries = []
    for feat in fc["features"]:
        geom = feat["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        rings = [simplify_ring(p[0]) for p in polys]  # outer rings only
        rings = [r for r in rings if len(r) >= 3]
        if not rings:
            continue
        largest = max(ring_area(r) for r in rings)
        rings = [r for r in rings if ring_area(r) >= OUTLINE_MIN_AREA_DEG2 or ring_area(r) == largest]
        flat = [[c for p in r for c in p] for r in rings]
        countries.append({"name": feat["properties"]["NAME"],
                          "iso_a3": feat["properties"]["ISO_A3"], "rings": flat})
    countries.sort(key=lambda c: c["name"])
    return {"format": "nephos-world-outline", "version": 1,
            "source": "Natural Earth 1:110m admin-0 countries (CC0), via "
                      "martynafford/natural-earth-geojson; outer rings simplified "
                      "(Douglas-Peucker 0.2 degree, rounded to 0.1 degree, rings under 1 "
                      "square degree dropped unless a country's largest)",
            "countries": countries}


# ---------------------------------------------------------------------------------------------

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=os.path.join(repo, "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(repo, "resources", "data"))
    args = ap.parse_args()
    data = os.path.normpath(args.data)

    pue_default, ccf_gpu, mem_kwh, net_kwh = parse_constants_md(data)
    notes = {}
    regions = build_regions(data, pue_default, notes)
    cpu = cpu_coefficients(data)
    types, offers = build_types_and_offers(data, cpu, notes)
    gpus, gpu_notes, k_max, k_min = build_gpu_models(data, ccf_gpu, types)
    notes.update(gpu_notes)
    network, fit, gaps = build_network(data, regions)

    constants = {
        "memory_watts_per_gib": {
            "value": round(mem_kwh * 1000, 6), "unit": "W/GiB",
            "source": "CCF MEMORY_COEFFICIENT 0.000392 kWh per GB-hour (energy/constants.md)"},
        "network_kwh_per_gb": {
            "value": net_kwh, "unit": "kWh/GB",
            "source": "CCF NETWORKING_COEFFICIENT (energy/constants.md)"},
        "gpu_max_watts_per_tdp_watt": {
            "value": round(k_max, 6), "unit": "ratio",
            "source": "median CCF max watts / gpu_specs.csv TDP over GPUs in both tables"},
        "gpu_idle_per_max_watts": {
            "value": round(k_min, 6), "unit": "ratio",
            "source": "median CCF idle / max watts over the CCF GPU table"},
    }
    for key, (a, b, n) in fit["throughput"].items():
        suffix = "" if key == "*" else ":" + key
        where = "all providers" if key == "*" else key
        constants["network_fit_log_gbps_intercept" + suffix] = {
            "value": r6(a), "unit": "ln(Gbit/s)",
            "source": "least squares ln(throughput_gbps) = a + b * great-circle km over %d "
                      "measured pairs (%s) of network/throughput.csv" % (n, where)}
        constants["network_fit_log_gbps_per_km" + suffix] = {
            "value": r6(b), "unit": "ln(Gbit/s)/km", "source": "as the intercept"}
    for key, (a, b, n) in fit["rtt"].items():
        suffix = "" if key == "*" else ":" + key
        where = "all providers" if key == "*" else key
        constants["network_fit_rtt_ms_intercept" + suffix] = {
            "value": r6(a), "unit": "ms",
            "source": "least squares rtt_ms_avg = a + b * great-circle km over %d measured "
                      "pairs (%s) of network/latency.csv" % (n, where)}
        constants["network_fit_rtt_ms_per_km" + suffix] = {
            "value": r6(b), "unit": "ms/km", "source": "as the intercept"}
    for provider, _ in PROVIDERS:
        constants["pue_default:" + provider] = {
            "value": pue_default[provider], "unit": "ratio",
            "source": "CCF PUE_AVG (energy/constants.md)"}
        constants["cpu_min_watts_per_vcpu:" + provider] = {
            "value": cpu[provider][0], "unit": "W/vCPU",
            "source": "mean of %d CCF microarchitecture rows (energy/cpu_power_coefficients.csv)"
                      % cpu[provider][2]}
        constants["cpu_max_watts_per_vcpu:" + provider] = {
            "value": cpu[provider][1], "unit": "W/vCPU",
            "source": "mean of %d CCF microarchitecture rows (energy/cpu_power_coefficients.csv)"
                      % cpu[provider][2]}

    provenance = [
        {"what": "region coordinates", "source": "geo/regions.csv (GSF real-time-cloud, "
         "doitintl/intercloud-throughput, Cyclenerd, tal66/cloud-regions)",
         "licence": "facts cited with attribution; Apache-2.0; Apache-2.0; MIT"},
        {"what": "region PUE", "source": "energy/region_pue.csv (GSF real-time-cloud); "
         "provider average from cloud-carbon-footprint where missing (estimated)",
         "licence": "facts cited with attribution; Apache-2.0"},
        {"what": "grid carbon intensity", "source": "energy/grid_emissions.csv "
         "(ccf-coefficients, codecarbon, GSF)", "licence": "Apache-2.0; MIT; facts"},
        {"what": "instance prices", "source": "catalog/prices.csv (karpenter-provider-aws, "
         "karpenter-provider-azure, Cyclenerd pricing, tsaol/aws-gpu, anycloud-sh/catalog); "
         "catalog/prices_all_regions.csv (skypilot-org/skypilot-catalog)",
         "licence": "Apache-2.0; facts"},
        {"what": "CPU power coefficients, memory and network energy, GPU watts, PUE defaults",
         "source": "cloud-carbon-footprint and ccf-coefficients (energy/*.csv, constants.md)",
         "licence": "Apache-2.0"},
        {"what": "GPU throughput and TDP", "source": "energy/gpu_specs.csv (NVIDIA/AMD data "
         "sheets)", "licence": "facts"},
        {"what": "network throughput, RTT, egress prices", "source":
         "skyplane-project/skyplane (network/*.csv); gaps: great-circle regression "
         "(%d throughput, %d RTT, %d egress links estimated)"
         % (gaps["throughput"], gaps["rtt"], gaps["egress"]), "licence": "Apache-2.0"},
        {"what": "world outline", "source": "Natural Earth 1:110m admin-0 countries",
         "licence": "CC0"},
    ]

    pack = {
        "format": "nephos-data-pack", "version": 1,
        "name": "Nephos default facts (derived by scripts/derive_facts.py)",
        "providers": [{"id": p, "name": n} for p, n in PROVIDERS],
        "regions": regions, "gpu_models": gpus, "instance_types": types, "offers": offers,
        "network": network, "constants": constants, "provenance": provenance,
        "fact_sources": notes,
    }
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "default-pack.json"), "w", encoding="utf-8") as f:
        json.dump(pack, f, indent=None, separators=(",", ":"), sort_keys=False)
        f.write("\n")
    with open(os.path.join(args.out, "world-110m.json"), "w", encoding="utf-8") as f:
        json.dump(build_world(data), f, separators=(",", ":"))
        f.write("\n")
    est = sum(1 for o in offers if o.get("estimated"))
    print("regions %d, instance types %d, offers %d (%d estimated), GPU models %d, links %d "
          "(estimated: throughput %d, rtt %d, egress %d)"
          % (len(regions), len(types), len(offers), est, len(gpus), len(network),
             gaps["throughput"], gaps["rtt"], gaps["egress"]))


if __name__ == "__main__":
    main()
