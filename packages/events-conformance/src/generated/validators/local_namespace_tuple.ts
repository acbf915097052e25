// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/local_namespace_tuple","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func70 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/local_namespace_tuple" */;
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
if((data.project_uuid === undefined) || (!(func0.call(data, "project_uuid")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.feature_slug === undefined) || (!(func0.call(data, "feature_slug")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "feature_slug"},message:"must have required property '"+"feature_slug"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.target_branch === undefined) || (!(func0.call(data, "target_branch")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target_branch"},message:"must have required property '"+"target_branch"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_key === undefined) || (!(func0.call(data, "mission_key")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.manifest_version === undefined) || (!(func0.call(data, "manifest_version")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "manifest_version"},message:"must have required property '"+"manifest_version"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.feature_slug !== undefined && func0.call(data, "feature_slug")){
let data0 = data.feature_slug;
if(typeof data0 === "string"){
if(func70(data0) < 1){
const err5 = {instancePath:instancePath+"/feature_slug",schemaPath:"#/properties/feature_slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.feature_slug,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/feature_slug",schemaPath:"#/properties/feature_slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.feature_slug.type,parentSchema:schema31.properties.feature_slug,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.manifest_version !== undefined && func0.call(data, "manifest_version")){
let data1 = data.manifest_version;
if(typeof data1 === "string"){
if(func70(data1) < 1){
const err7 = {instancePath:instancePath+"/manifest_version",schemaPath:"#/properties/manifest_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.manifest_version,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/manifest_version",schemaPath:"#/properties/manifest_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.manifest_version.type,parentSchema:schema31.properties.manifest_version,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.mission_key !== undefined && func0.call(data, "mission_key")){
let data2 = data.mission_key;
if(typeof data2 === "string"){
if(func70(data2) < 1){
const err9 = {instancePath:instancePath+"/mission_key",schemaPath:"#/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_key,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/mission_key",schemaPath:"#/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_key.type,parentSchema:schema31.properties.mission_key,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.project_uuid !== undefined && func0.call(data, "project_uuid")){
let data3 = data.project_uuid;
if(typeof data3 === "string"){
if(func70(data3) < 1){
const err11 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.project_uuid,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.project_uuid.type,parentSchema:schema31.properties.project_uuid,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.step_id !== undefined && func0.call(data, "step_id")){
let data4 = data.step_id;
const _errs11 = errors;
let valid1 = false;
const _errs12 = errors;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.step_id.anyOf[0].type,parentSchema:schema31.properties.step_id.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
const _errs14 = errors;
if(data4 !== null){
const err14 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.step_id.anyOf[1].type,parentSchema:schema31.properties.step_id.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err15 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.step_id.anyOf,parentSchema:schema31.properties.step_id,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.target_branch !== undefined && func0.call(data, "target_branch")){
let data5 = data.target_branch;
if(typeof data5 === "string"){
if(func70(data5) < 1){
const err16 = {instancePath:instancePath+"/target_branch",schemaPath:"#/properties/target_branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.target_branch,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/target_branch",schemaPath:"#/properties/target_branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.target_branch.type,parentSchema:schema31.properties.target_branch,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"feature_slug":true,"manifest_version":true,"mission_key":true,"project_uuid":true,"step_id":true,"target_branch":true},"dynamicProps":false,"dynamicItems":false};
