// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/glossary_strictness_set_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for GlossaryStrictnessSet event (mission-wide policy change).","properties":{"actor":{"description":"Actor who changed the setting","minLength":1,"title":"Actor","type":"string"},"mission_id":{"description":"Mission context","minLength":1,"title":"Mission Id","type":"string"},"new_strictness":{"description":"The new strictness mode","enum":["off","medium","max"],"title":"New Strictness","type":"string"},"previous_strictness":{"anyOf":[{"enum":["off","medium","max"],"type":"string"},{"type":"null"}],"default":null,"description":"Previous mode (None if initial setting)","title":"Previous Strictness"}},"required":["mission_id","new_strictness","actor"],"title":"GlossaryStrictnessSetPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func68 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/glossary_strictness_set_payload" */;
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
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.new_strictness === undefined) || (!(func0.call(data, "new_strictness")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "new_strictness"},message:"must have required property '"+"new_strictness"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.actor === undefined) || (!(func0.call(data, "actor")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.actor !== undefined && func0.call(data, "actor")){
let data0 = data.actor;
if(typeof data0 === "string"){
if(func68(data0) < 1){
const err3 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor.type,parentSchema:schema31.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data1 = data.mission_id;
if(typeof data1 === "string"){
if(func68(data1) < 1){
const err5 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data1};
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
const err6 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.new_strictness !== undefined && func0.call(data, "new_strictness")){
let data2 = data.new_strictness;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/new_strictness",schemaPath:"#/properties/new_strictness/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.new_strictness.type,parentSchema:schema31.properties.new_strictness,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((data2 === "off") || (data2 === "medium")) || (data2 === "max"))){
const err8 = {instancePath:instancePath+"/new_strictness",schemaPath:"#/properties/new_strictness/enum",keyword:"enum",params:{allowedValues: schema31.properties.new_strictness.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.new_strictness.enum,parentSchema:schema31.properties.new_strictness,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.previous_strictness !== undefined && func0.call(data, "previous_strictness")){
let data3 = data.previous_strictness;
const _errs9 = errors;
let valid1 = false;
const _errs10 = errors;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/previous_strictness",schemaPath:"#/properties/previous_strictness/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.previous_strictness.anyOf[0].type,parentSchema:schema31.properties.previous_strictness.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data3 === "off") || (data3 === "medium")) || (data3 === "max"))){
const err10 = {instancePath:instancePath+"/previous_strictness",schemaPath:"#/properties/previous_strictness/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema31.properties.previous_strictness.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.previous_strictness.anyOf[0].enum,parentSchema:schema31.properties.previous_strictness.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
const _errs12 = errors;
if(data3 !== null){
const err11 = {instancePath:instancePath+"/previous_strictness",schemaPath:"#/properties/previous_strictness/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.previous_strictness.anyOf[1].type,parentSchema:schema31.properties.previous_strictness.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err12 = {instancePath:instancePath+"/previous_strictness",schemaPath:"#/properties/previous_strictness/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.previous_strictness.anyOf,parentSchema:schema31.properties.previous_strictness,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"actor":true,"mission_id":true,"new_strictness":true,"previous_strictness":true},"dynamicProps":false,"dynamicItems":false};
