// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/artifact_identity","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Canonical identity for one artifact instance.\n\nartifact_class is the SINGLE source of truth for artifact taxonomy.\nEvent payloads MUST NOT duplicate this field at the top level.","properties":{"artifact_class":{"enum":["input","workflow","output","evidence","policy","runtime"],"title":"Artifact Class","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"path":{"description":"Repository-relative path","minLength":1,"title":"Path","type":"string"},"run_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Run Id"},"wp_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Wp Id"}},"required":["mission_key","path","artifact_class"],"title":"ArtifactIdentity","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func69 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/artifact_identity" */;
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
if((data.mission_key === undefined) || (!(func0.call(data, "mission_key")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.path === undefined) || (!(func0.call(data, "path")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.artifact_class === undefined) || (!(func0.call(data, "artifact_class")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifact_class"},message:"must have required property '"+"artifact_class"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.artifact_class !== undefined && func0.call(data, "artifact_class")){
let data0 = data.artifact_class;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/artifact_class",schemaPath:"#/properties/artifact_class/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.artifact_class.type,parentSchema:schema31.properties.artifact_class,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((((data0 === "input") || (data0 === "workflow")) || (data0 === "output")) || (data0 === "evidence")) || (data0 === "policy")) || (data0 === "runtime"))){
const err4 = {instancePath:instancePath+"/artifact_class",schemaPath:"#/properties/artifact_class/enum",keyword:"enum",params:{allowedValues: schema31.properties.artifact_class.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.artifact_class.enum,parentSchema:schema31.properties.artifact_class,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.mission_key !== undefined && func0.call(data, "mission_key")){
let data1 = data.mission_key;
if(typeof data1 === "string"){
if(func69(data1) < 1){
const err5 = {instancePath:instancePath+"/mission_key",schemaPath:"#/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_key,data:data1};
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
const err6 = {instancePath:instancePath+"/mission_key",schemaPath:"#/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_key.type,parentSchema:schema31.properties.mission_key,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.path !== undefined && func0.call(data, "path")){
let data2 = data.path;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.path,data:data2};
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
const err8 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.path.type,parentSchema:schema31.properties.path,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.run_id !== undefined && func0.call(data, "run_id")){
let data3 = data.run_id;
const _errs9 = errors;
let valid1 = false;
const _errs10 = errors;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.run_id.anyOf[0].type,parentSchema:schema31.properties.run_id.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
const _errs12 = errors;
if(data3 !== null){
const err10 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.run_id.anyOf[1].type,parentSchema:schema31.properties.run_id.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err11 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.run_id.anyOf,parentSchema:schema31.properties.run_id,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.wp_id !== undefined && func0.call(data, "wp_id")){
let data4 = data.wp_id;
const _errs15 = errors;
let valid2 = false;
const _errs16 = errors;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/wp_id",schemaPath:"#/properties/wp_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.wp_id.anyOf[0].type,parentSchema:schema31.properties.wp_id.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
const _errs18 = errors;
if(data4 !== null){
const err13 = {instancePath:instancePath+"/wp_id",schemaPath:"#/properties/wp_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.wp_id.anyOf[1].type,parentSchema:schema31.properties.wp_id.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err14 = {instancePath:instancePath+"/wp_id",schemaPath:"#/properties/wp_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.wp_id.anyOf,parentSchema:schema31.properties.wp_id,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"artifact_class":true,"mission_key":true,"path":true,"run_id":true,"wp_id":true},"dynamicProps":false,"dynamicItems":false};
