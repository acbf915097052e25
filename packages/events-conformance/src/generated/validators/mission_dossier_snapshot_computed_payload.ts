// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"LocalNamespaceTuple":{"description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"}},"$id":"spec-kitty-events/mission_dossier_snapshot_computed_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for MissionDossierSnapshotComputed events.\n\nmanifest_version NOT duplicated here — use namespace.manifest_version.","properties":{"algorithm":{"anyOf":[{"enum":["sha256","sha512","md5"],"type":"string"},{"type":"null"}],"default":null,"title":"Algorithm"},"anomaly_count":{"minimum":0,"title":"Anomaly Count","type":"integer"},"artifact_count":{"minimum":0,"title":"Artifact Count","type":"integer"},"computed_at":{"description":"ISO 8601","title":"Computed At","type":"string"},"context_diagnostics":{"anyOf":[{"additionalProperties":{"type":"string"},"type":"object"},{"type":"null"}],"default":null,"title":"Context Diagnostics"},"namespace":{"$ref":"#/$defs/LocalNamespaceTuple","description":"manifest_version lives here only"},"snapshot_hash":{"description":"Hex-encoded deterministic hash","minLength":1,"title":"Snapshot Hash","type":"string"}},"required":["namespace","snapshot_hash","artifact_count","anomaly_count","computed_at"],"title":"MissionDossierSnapshotComputedPayload","type":"object"};
const schema32 = {"description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func81 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/mission_dossier_snapshot_computed_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.namespace === undefined) || (!(func0.call(data, "namespace")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "namespace"},message:"must have required property '"+"namespace"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.snapshot_hash === undefined) || (!(func0.call(data, "snapshot_hash")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "snapshot_hash"},message:"must have required property '"+"snapshot_hash"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.artifact_count === undefined) || (!(func0.call(data, "artifact_count")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifact_count"},message:"must have required property '"+"artifact_count"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.anomaly_count === undefined) || (!(func0.call(data, "anomaly_count")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "anomaly_count"},message:"must have required property '"+"anomaly_count"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.computed_at === undefined) || (!(func0.call(data, "computed_at")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "computed_at"},message:"must have required property '"+"computed_at"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.algorithm !== undefined && func0.call(data, "algorithm")){
let data0 = data.algorithm;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.algorithm.anyOf[0].type,parentSchema:schema31.properties.algorithm.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((data0 === "sha256") || (data0 === "sha512")) || (data0 === "md5"))){
const err6 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema31.properties.algorithm.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.algorithm.anyOf[0].enum,parentSchema:schema31.properties.algorithm.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data0 !== null){
const err7 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.algorithm.anyOf[1].type,parentSchema:schema31.properties.algorithm.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err8 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.algorithm.anyOf,parentSchema:schema31.properties.algorithm,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.anomaly_count !== undefined && func0.call(data, "anomaly_count")){
let data1 = data.anomaly_count;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err9 = {instancePath:instancePath+"/anomaly_count",schemaPath:"#/properties/anomaly_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.anomaly_count.type,parentSchema:schema31.properties.anomaly_count,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/anomaly_count",schemaPath:"#/properties/anomaly_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.anomaly_count,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.artifact_count !== undefined && func0.call(data, "artifact_count")){
let data2 = data.artifact_count;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err11 = {instancePath:instancePath+"/artifact_count",schemaPath:"#/properties/artifact_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.artifact_count.type,parentSchema:schema31.properties.artifact_count,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/artifact_count",schemaPath:"#/properties/artifact_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.artifact_count,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.computed_at !== undefined && func0.call(data, "computed_at")){
let data3 = data.computed_at;
if(typeof data3 !== "string"){
const err13 = {instancePath:instancePath+"/computed_at",schemaPath:"#/properties/computed_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.computed_at.type,parentSchema:schema31.properties.computed_at,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.context_diagnostics !== undefined && func0.call(data, "context_diagnostics")){
let data4 = data.context_diagnostics;
const _errs15 = errors;
let valid2 = false;
const _errs16 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key0 of Object.keys(data4)){
let data5 = data4[key0];
if(typeof data5 !== "string"){
const err14 = {instancePath:instancePath+"/context_diagnostics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/context_diagnostics/anyOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.context_diagnostics.anyOf[0].additionalProperties.type,parentSchema:schema31.properties.context_diagnostics.anyOf[0].additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.context_diagnostics.anyOf[0].type,parentSchema:schema31.properties.context_diagnostics.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
const _errs21 = errors;
if(data4 !== null){
const err16 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.context_diagnostics.anyOf[1].type,parentSchema:schema31.properties.context_diagnostics.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err17 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.context_diagnostics.anyOf,parentSchema:schema31.properties.context_diagnostics,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.namespace !== undefined && func0.call(data, "namespace")){
let data6 = data.namespace;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if((data6.project_uuid === undefined) || (!(func0.call(data6, "project_uuid")))){
const err18 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema32.required,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((data6.feature_slug === undefined) || (!(func0.call(data6, "feature_slug")))){
const err19 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "feature_slug"},message:"must have required property '"+"feature_slug"+"'",schema:schema32.required,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((data6.target_branch === undefined) || (!(func0.call(data6, "target_branch")))){
const err20 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "target_branch"},message:"must have required property '"+"target_branch"+"'",schema:schema32.required,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((data6.mission_key === undefined) || (!(func0.call(data6, "mission_key")))){
const err21 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema32.required,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((data6.manifest_version === undefined) || (!(func0.call(data6, "manifest_version")))){
const err22 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "manifest_version"},message:"must have required property '"+"manifest_version"+"'",schema:schema32.required,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.feature_slug !== undefined && func0.call(data6, "feature_slug")){
let data7 = data6.feature_slug;
if(typeof data7 === "string"){
if(func81(data7) < 1){
const err23 = {instancePath:instancePath+"/namespace/feature_slug",schemaPath:"#/$defs/LocalNamespaceTuple/properties/feature_slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.feature_slug,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/namespace/feature_slug",schemaPath:"#/$defs/LocalNamespaceTuple/properties/feature_slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.feature_slug.type,parentSchema:schema32.properties.feature_slug,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.manifest_version !== undefined && func0.call(data6, "manifest_version")){
let data8 = data6.manifest_version;
if(typeof data8 === "string"){
if(func81(data8) < 1){
const err25 = {instancePath:instancePath+"/namespace/manifest_version",schemaPath:"#/$defs/LocalNamespaceTuple/properties/manifest_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.manifest_version,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/namespace/manifest_version",schemaPath:"#/$defs/LocalNamespaceTuple/properties/manifest_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.manifest_version.type,parentSchema:schema32.properties.manifest_version,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.mission_key !== undefined && func0.call(data6, "mission_key")){
let data9 = data6.mission_key;
if(typeof data9 === "string"){
if(func81(data9) < 1){
const err27 = {instancePath:instancePath+"/namespace/mission_key",schemaPath:"#/$defs/LocalNamespaceTuple/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.mission_key,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/namespace/mission_key",schemaPath:"#/$defs/LocalNamespaceTuple/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.mission_key.type,parentSchema:schema32.properties.mission_key,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.project_uuid !== undefined && func0.call(data6, "project_uuid")){
let data10 = data6.project_uuid;
if(typeof data10 === "string"){
if(func81(data10) < 1){
const err29 = {instancePath:instancePath+"/namespace/project_uuid",schemaPath:"#/$defs/LocalNamespaceTuple/properties/project_uuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.project_uuid,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/namespace/project_uuid",schemaPath:"#/$defs/LocalNamespaceTuple/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.project_uuid.type,parentSchema:schema32.properties.project_uuid,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.step_id !== undefined && func0.call(data6, "step_id")){
let data11 = data6.step_id;
const _errs35 = errors;
let valid6 = false;
const _errs36 = errors;
if(typeof data11 !== "string"){
const err31 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.step_id.anyOf[0].type,parentSchema:schema32.properties.step_id.anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid2 = _errs36 === errors;
valid6 = valid6 || _valid2;
const _errs38 = errors;
if(data11 !== null){
const err32 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema32.properties.step_id.anyOf[1].type,parentSchema:schema32.properties.step_id.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid2 = _errs38 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const err33 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.step_id.anyOf,parentSchema:schema32.properties.step_id,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
if(data6.target_branch !== undefined && func0.call(data6, "target_branch")){
let data12 = data6.target_branch;
if(typeof data12 === "string"){
if(func81(data12) < 1){
const err34 = {instancePath:instancePath+"/namespace/target_branch",schemaPath:"#/$defs/LocalNamespaceTuple/properties/target_branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.target_branch,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/namespace/target_branch",schemaPath:"#/$defs/LocalNamespaceTuple/properties/target_branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.target_branch.type,parentSchema:schema32.properties.target_branch,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.snapshot_hash !== undefined && func0.call(data, "snapshot_hash")){
let data13 = data.snapshot_hash;
if(typeof data13 === "string"){
if(func81(data13) < 1){
const err37 = {instancePath:instancePath+"/snapshot_hash",schemaPath:"#/properties/snapshot_hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.snapshot_hash,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/snapshot_hash",schemaPath:"#/properties/snapshot_hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.snapshot_hash.type,parentSchema:schema31.properties.snapshot_hash,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"algorithm":true,"anomaly_count":true,"artifact_count":true,"computed_at":true,"context_diagnostics":true,"namespace":true,"snapshot_hash":true},"dynamicProps":false,"dynamicItems":false};
