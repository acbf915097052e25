// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/phase_entered_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Typed payload for PhaseEntered events.","properties":{"actor":{"description":"Actor triggering phase transition","minLength":1,"title":"Actor","type":"string"},"mission_id":{"description":"Mission identifier","minLength":1,"title":"Mission Id","type":"string"},"phase_name":{"description":"Phase being entered","minLength":1,"title":"Phase Name","type":"string"},"previous_phase":{"anyOf":[{"minLength":1,"type":"string"},{"type":"null"}],"default":null,"description":"Phase being exited (None for initial)","title":"Previous Phase"}},"required":["mission_id","phase_name","actor"],"title":"PhaseEnteredPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func68 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/phase_entered_payload" */;
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
if((data.phase_name === undefined) || (!(func0.call(data, "phase_name")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phase_name"},message:"must have required property '"+"phase_name"+"'",schema:schema31.required,parentSchema:schema31,data};
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
if(data.phase_name !== undefined && func0.call(data, "phase_name")){
let data2 = data.phase_name;
if(typeof data2 === "string"){
if(func68(data2) < 1){
const err7 = {instancePath:instancePath+"/phase_name",schemaPath:"#/properties/phase_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.phase_name,data:data2};
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
const err8 = {instancePath:instancePath+"/phase_name",schemaPath:"#/properties/phase_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.phase_name.type,parentSchema:schema31.properties.phase_name,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.previous_phase !== undefined && func0.call(data, "previous_phase")){
let data3 = data.previous_phase;
const _errs9 = errors;
let valid1 = false;
const _errs10 = errors;
if(typeof data3 === "string"){
if(func68(data3) < 1){
const err9 = {instancePath:instancePath+"/previous_phase",schemaPath:"#/properties/previous_phase/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.previous_phase.anyOf[0],data:data3};
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
const err10 = {instancePath:instancePath+"/previous_phase",schemaPath:"#/properties/previous_phase/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.previous_phase.anyOf[0].type,parentSchema:schema31.properties.previous_phase.anyOf[0],data:data3};
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
const err11 = {instancePath:instancePath+"/previous_phase",schemaPath:"#/properties/previous_phase/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.previous_phase.anyOf[1].type,parentSchema:schema31.properties.previous_phase.anyOf[1],data:data3};
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
const err12 = {instancePath:instancePath+"/previous_phase",schemaPath:"#/properties/previous_phase/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.previous_phase.anyOf,parentSchema:schema31.properties.previous_phase,data:data3};
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
validate20.evaluated = {"props":{"actor":true,"mission_id":true,"phase_name":true,"previous_phase":true},"dynamicProps":false,"dynamicItems":false};
