// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/glossary_sense_updated_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for GlossarySenseUpdated event.","properties":{"actor":{"description":"Actor who made the change","minLength":1,"title":"Actor","type":"string"},"after_sense":{"description":"New sense value","minLength":1,"title":"After Sense","type":"string"},"before_sense":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Previous sense value (None if first definition)","title":"Before Sense"},"mission_id":{"description":"Mission context","minLength":1,"title":"Mission Id","type":"string"},"reason":{"description":"Why the sense was changed","title":"Reason","type":"string"},"scope_id":{"description":"Scope of the term","minLength":1,"title":"Scope Id","type":"string"},"term_surface":{"description":"Term being updated","minLength":1,"title":"Term Surface","type":"string"}},"required":["mission_id","scope_id","term_surface","after_sense","reason","actor"],"title":"GlossarySenseUpdatedPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func71 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/glossary_sense_updated_payload" */;
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
if((data.scope_id === undefined) || (!(func0.call(data, "scope_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scope_id"},message:"must have required property '"+"scope_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.term_surface === undefined) || (!(func0.call(data, "term_surface")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "term_surface"},message:"must have required property '"+"term_surface"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.after_sense === undefined) || (!(func0.call(data, "after_sense")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "after_sense"},message:"must have required property '"+"after_sense"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.reason === undefined) || (!(func0.call(data, "reason")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.actor === undefined) || (!(func0.call(data, "actor")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.actor !== undefined && func0.call(data, "actor")){
let data0 = data.actor;
if(typeof data0 === "string"){
if(func71(data0) < 1){
const err6 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor.type,parentSchema:schema31.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.after_sense !== undefined && func0.call(data, "after_sense")){
let data1 = data.after_sense;
if(typeof data1 === "string"){
if(func71(data1) < 1){
const err8 = {instancePath:instancePath+"/after_sense",schemaPath:"#/properties/after_sense/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.after_sense,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/after_sense",schemaPath:"#/properties/after_sense/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.after_sense.type,parentSchema:schema31.properties.after_sense,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.before_sense !== undefined && func0.call(data, "before_sense")){
let data2 = data.before_sense;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/before_sense",schemaPath:"#/properties/before_sense/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.before_sense.anyOf[0].type,parentSchema:schema31.properties.before_sense.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
const _errs10 = errors;
if(data2 !== null){
const err11 = {instancePath:instancePath+"/before_sense",schemaPath:"#/properties/before_sense/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.before_sense.anyOf[1].type,parentSchema:schema31.properties.before_sense.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err12 = {instancePath:instancePath+"/before_sense",schemaPath:"#/properties/before_sense/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.before_sense.anyOf,parentSchema:schema31.properties.before_sense,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data3 = data.mission_id;
if(typeof data3 === "string"){
if(func71(data3) < 1){
const err13 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.reason !== undefined && func0.call(data, "reason")){
let data4 = data.reason;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.reason.type,parentSchema:schema31.properties.reason,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.scope_id !== undefined && func0.call(data, "scope_id")){
let data5 = data.scope_id;
if(typeof data5 === "string"){
if(func71(data5) < 1){
const err16 = {instancePath:instancePath+"/scope_id",schemaPath:"#/properties/scope_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.scope_id,data:data5};
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
const err17 = {instancePath:instancePath+"/scope_id",schemaPath:"#/properties/scope_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope_id.type,parentSchema:schema31.properties.scope_id,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.term_surface !== undefined && func0.call(data, "term_surface")){
let data6 = data.term_surface;
if(typeof data6 === "string"){
if(func71(data6) < 1){
const err18 = {instancePath:instancePath+"/term_surface",schemaPath:"#/properties/term_surface/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.term_surface,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/term_surface",schemaPath:"#/properties/term_surface/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.term_surface.type,parentSchema:schema31.properties.term_surface,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"actor":true,"after_sense":true,"before_sense":true,"mission_id":true,"reason":true,"scope_id":true,"term_surface":true},"dynamicProps":false,"dynamicItems":false};
